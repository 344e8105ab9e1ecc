x = 'con' 'cat'
