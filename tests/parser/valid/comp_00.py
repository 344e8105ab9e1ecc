x = [i for i in r]
