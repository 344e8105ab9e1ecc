class A(B,): pass
