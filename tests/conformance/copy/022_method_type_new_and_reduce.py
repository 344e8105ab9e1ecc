# The bound-method type called directly (types.MethodType does this).
class A:
    def f(self):
        return "f of " + type(self).__name__


a = A()
MethodType = type(a.f)
m = MethodType(A.f, a)
print(m(), m.__self__ is a, m.__func__ is A.f, m == a.f)
print(MethodType(len, [1, 2])())
for args in [(), (A.f,), (A.f, None), (1, a), (A.f, a, 3)]:
    try:
        MethodType(*args)
    except TypeError as e:
        print(e)
try:
    MethodType(A.f, instance=a)
except TypeError as e:
    print(e)
import copy
r = m.__reduce__()
print(r[0] is getattr, r[1][0] is a, r[1][1])
c = copy.copy(a.f)
print(c == a.f, c is a.f, c())
