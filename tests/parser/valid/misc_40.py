x = (a)(b)
