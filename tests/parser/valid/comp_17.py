x = [lambda: i for i in r]
