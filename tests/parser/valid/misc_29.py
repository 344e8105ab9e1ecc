match = lambda x: x
match (1)
