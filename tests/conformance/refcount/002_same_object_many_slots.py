import sys
class Thing:
    pass
t = Thing()
base = sys.getrefcount(t)
lst = [t, t, t]
print(sys.getrefcount(t) - base)
lst.append(t)
print(sys.getrefcount(t) - base)
lst.pop()
lst.pop(0)
print(sys.getrefcount(t) - base)
more = lst * 3
print(sys.getrefcount(t) - base)
del more[:4]
print(sys.getrefcount(t) - base)
del lst, more
print(sys.getrefcount(t) - base)
