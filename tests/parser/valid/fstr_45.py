x = f'{a == b}'
