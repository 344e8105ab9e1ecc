x = f'{"\N"}'[0:0] if 0 else 1
