import weakref
class Item:
    def __init__(self, name):
        self.name = name
cache = weakref.WeakValueDictionary()
items = [Item(n) for n in "abcd"]
for it in items:
    cache[it.name] = it
seen = []
for key in cache:
    seen.append(key)
    if key == "a":
        del items[1]
print(seen, len(cache), sorted(cache))
for key, value in list(cache.items()):
    print(key, value.name)
print(cache.pop("c").name, "c" in cache)
print(sorted(cache.keys()), [r.key for r in cache.valuerefs()])
items.clear()
print(len(cache))
