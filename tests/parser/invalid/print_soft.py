print f'x'
