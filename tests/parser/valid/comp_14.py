x = [a[0] for a[0] in r]
