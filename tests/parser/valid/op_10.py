x = a << b >> c
