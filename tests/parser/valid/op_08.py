x = - - a
