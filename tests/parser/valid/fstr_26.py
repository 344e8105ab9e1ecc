x = fr'{a}\n'
