x = [i for i in r if i if j]
