x = None, True, False
