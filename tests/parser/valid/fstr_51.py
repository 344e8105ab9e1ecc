x = [f'{i}' for i in range(3)]
