x = f'{a}' u'b'
