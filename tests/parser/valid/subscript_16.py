x = a[*b, c]
