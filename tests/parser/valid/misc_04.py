x = (yield_ for yield_ in z)
