x: 'str' = 'a'
