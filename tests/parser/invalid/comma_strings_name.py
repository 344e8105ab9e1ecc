x = [a 'b']
