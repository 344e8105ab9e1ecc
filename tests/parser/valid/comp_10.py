x = [y := f(i) for i in r]
