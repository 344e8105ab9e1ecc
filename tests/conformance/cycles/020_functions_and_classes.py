import gc
gc.collect()
def make():
    def inner():
        return inner
    return inner
f = make()
del f
print("recursive closure", gc.collect())
class Temp:
    def method(self):
        pass
del Temp
print("class with method", gc.collect())
class Other:
    pass
o = Other()
o.fn = lambda: o
del o
print("instance and lambda", gc.collect())
