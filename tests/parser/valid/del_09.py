del (a.b), [c[0]]
