import weakref
class Target:
    pass
t = Target()
r = weakref.ref(t)
print(r() is t, type(r).__name__)
alias = r()
del t
print(r() is alias)
del alias
print(r() is None, r())
