x = [*range(3)]
