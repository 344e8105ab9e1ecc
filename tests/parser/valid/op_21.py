x = a in b not in c
