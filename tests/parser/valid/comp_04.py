x = [i for i in a if i for j in b if j]
