import weakref
class Item:
    def __init__(self, name):
        self.name = name
cache = weakref.WeakValueDictionary()
a = Item("a")
b = Item("b")
cache["a"] = a
cache["b"] = b
print(sorted(cache.keys()), len(cache))
del a
print(sorted(cache.keys()), "a" in cache)
print(cache.get("a"), cache["b"].name)
b = Item("b2")
print(len(cache))
