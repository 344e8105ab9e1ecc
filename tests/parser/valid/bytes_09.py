x = b'\q'
