@d1
@d2(x)
@a.b.c
def f(): pass
