x = u'a' 'b'
