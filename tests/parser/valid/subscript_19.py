x = a[lambda: 1]
