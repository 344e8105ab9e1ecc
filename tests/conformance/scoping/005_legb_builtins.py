print(len("abc"))
def len(x):
    return "shadowed!"
print(len("abc"))
del len
print(len("abc"))
def f():
    max = lambda *a: "local max"
    return max(1, 2)
print(f(), max(1, 2))
