assert x, 'msg'
