f(a)(b)
