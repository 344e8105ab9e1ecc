import weakref
def greet(name):
    return "hi " + name
class Box:
    pass
p = weakref.proxy(greet)
print(p("ann"), type(p).__name__)
b = Box()
print(weakref.proxy(b) is weakref.proxy(b))
q = weakref.proxy(b, print)
print(q is weakref.proxy(b))
print(weakref.getweakrefcount(b))
