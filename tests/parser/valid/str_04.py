x = 'say "hi"'
