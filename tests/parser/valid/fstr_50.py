y = 1; x = f'{y}'
