for i in r:
    break
