print 'x = %d' % 5
