@d1
@d2
class A(B): pass
