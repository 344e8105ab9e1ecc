f(match x)
