import sys, gc
d = {1: 2}
for o in [iter(d), iter(d.keys()), iter(d.values()), iter(d.items()), reversed(d),
          reversed(d.items()), reversed(d.values()), d.keys(), d.values(), d.items()]:
    print(type(o).__name__, sys.getsizeof(o), gc.is_tracked(o))
print(sys.getsizeof({}), gc.is_tracked({}), gc.is_tracked({1: []}), gc.is_tracked({"a": 1}))
