f = lambda x=lambda: 1: x
