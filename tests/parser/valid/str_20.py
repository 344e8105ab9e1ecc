x = u'unicode'
