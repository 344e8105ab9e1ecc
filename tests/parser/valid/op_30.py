x = a[b][c]
