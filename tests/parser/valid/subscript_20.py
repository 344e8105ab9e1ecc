x = a[b if c else d]
