class = 'A'
