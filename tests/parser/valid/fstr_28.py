x = f'\n{a}\t'
