print "total:", 5
