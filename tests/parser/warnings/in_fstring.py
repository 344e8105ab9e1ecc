x = f'{1if 1 else 2}'
