x = f'abc' f'def'
