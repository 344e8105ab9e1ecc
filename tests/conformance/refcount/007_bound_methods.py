import sys
class Thing:
    def method(self):
        return self
t = Thing()
base = sys.getrefcount(t)
m = t.method
print(sys.getrefcount(t) - base)
m2 = t.method
print(sys.getrefcount(t) - base, m is m2, m == m2)
t.method()
print(sys.getrefcount(t) - base)
del m, m2
print(sys.getrefcount(t) - base)
f = Thing.method
print(sys.getrefcount(t) - base, f(t) is t)
