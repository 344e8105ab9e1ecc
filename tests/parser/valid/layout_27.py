if a:
    pass
    # indented comment at end
