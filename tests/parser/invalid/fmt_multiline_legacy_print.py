print 'a', \
  'b'
