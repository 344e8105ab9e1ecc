print('hi', end='')
