x = f'{a}' 'tail'
