x = sum(i for i in r)
