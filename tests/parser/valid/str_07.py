x = '\a\b\f\v\0\x7f'
