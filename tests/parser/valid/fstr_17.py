x = f'{f(x, y=1)}'
