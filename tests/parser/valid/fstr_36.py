x = f'{a!r:}'
