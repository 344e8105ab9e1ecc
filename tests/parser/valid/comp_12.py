x = [i for *a, i in r]
