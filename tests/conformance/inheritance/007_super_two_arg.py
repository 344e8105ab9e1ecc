class A:
    def hello(self):
        return "A.hello"
class B(A):
    def hello(self):
        return "B.hello"
class C(B):
    def hello(self):
        return "C.hello"
    def skip(self):
        return super(B, self).hello()
c = C()
print(c.hello(), super(C, c).hello(), c.skip())
print(super(C, c).hello is not None)
