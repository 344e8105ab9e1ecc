items = [[1], [2]]
flat = [*item for item in items]
