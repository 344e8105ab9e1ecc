for i in r:
    continue
