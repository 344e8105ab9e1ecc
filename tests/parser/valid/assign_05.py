x, = a
