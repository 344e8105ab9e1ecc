# A module put into sys.modules by hand is emptied before __main__.
import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n)
x = D("x")
fake = type(sys)("fake")
fake.obj = D("in fake module")
fake.other = D("other in fake")
sys.modules["fake"] = fake
del fake
y = D("y")
print("end")
