class A(B): pass
