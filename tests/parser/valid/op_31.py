x = a(b)(c)
