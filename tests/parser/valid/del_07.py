del a[0]
