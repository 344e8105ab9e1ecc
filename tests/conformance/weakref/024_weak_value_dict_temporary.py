import weakref
class Item:
    def __init__(self, name):
        self.name = name
cache = weakref.WeakValueDictionary()
cache["temp"] = Item("temp")
print(len(cache), "temp" in cache)
keep = Item("kept")
cache["kept"] = keep
print(list(cache.keys()))
cache["kept"] = Item("replacement")
print(list(cache.keys()), keep.name)
