def f(x=[], y=5):
    x.append(y)
    return x
print(f.__defaults__)
first = f()
print(first is f.__defaults__[0])
f(y=6)
print(f.__defaults__)
f.__defaults__[0].clear()
print(f())
f.__defaults__ = ([100], 1)
print(f(), first)
