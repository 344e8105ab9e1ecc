f = lambda *a: a
