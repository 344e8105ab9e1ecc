x = f'{a if b else c}'
