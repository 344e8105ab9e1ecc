x = f'{a != b}'
