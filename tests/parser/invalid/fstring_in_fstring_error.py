x = f'{f"{a b}"}'
