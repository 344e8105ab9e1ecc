y = 'unterminated
x = (1 2)
