y = 1; x = f'abc {a b} def'
