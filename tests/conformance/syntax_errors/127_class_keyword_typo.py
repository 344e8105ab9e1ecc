clas Point:
    pass
