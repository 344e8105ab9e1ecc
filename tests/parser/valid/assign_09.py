[a, [b, *c]] = d
