import sys
a = "spam_eggs"
part = "spam_"
b = part + "eggs"
print(a == b, a is b)
c = sys.intern(b)
print(c is a, c is b)
d = sys.intern(part + "eggs")
print(d is a)
e = "not an identifier!"
f = sys.intern("not an " + str("identifier!"))
print(e == f, sys.intern(e) is sys.intern(f))
