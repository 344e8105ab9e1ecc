# A split instance dict releases its values in the order of the class's
# shared keys (the order the first instance set them), not in its own
# insertion order; a combined dict releases in insertion order.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class A:
    pass
first = A()
first.y = D("first.y")
first.x = D("first.x")
second = A()
second.x = D("second.x")
second.y = D("second.y")
d = second.__dict__
print("insertion order:", list(d))
del second
print("drop the dict")
del d
third = A()
third.x = D("third.x")
third.y = D("third.y")
print("drop an instance that never showed its dict")
del third
fourth = A()
fourth.x = D("fourth.x")
fourth.y = D("fourth.y")
fourth.__dict__.clear()
print("cleared")
fifth = A()
fifth.x = D("fifth.x")
fifth.y = D("fifth.y")
fifth.__dict__[1] = "combined now"
print("drop a combined dict")
del fifth
print("end")
