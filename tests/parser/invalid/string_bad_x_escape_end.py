x = 'ab\x'
