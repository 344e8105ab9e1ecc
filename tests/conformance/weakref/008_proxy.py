import weakref
class Target:
    def __init__(self):
        self.value = 42
    def double(self):
        return self.value * 2
t = Target()
p = weakref.proxy(t)
print(p.value, p.double(), type(p).__name__)
print(p is t, p == t)
p.value = 1
print(t.value)
del t
try:
    p.value
except ReferenceError as e:
    print(type(e).__name__, e)
