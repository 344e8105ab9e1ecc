f = lambda: 0
