f = (lambda: 1)()
