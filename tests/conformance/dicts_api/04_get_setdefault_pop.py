d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("d"), d.setdefault("e", []))
d["e"].append(1)
print(d)
print(d.pop("a"), d.pop("zz", "dflt"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    d.pop((1, 2))
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d.popitem(), d)
d.clear()
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
for t, fn in [('d.get()', lambda: d.get()),
    ('d.get(1, 2, 3)', lambda: d.get(1, 2, 3)),
    ('d.pop()', lambda: d.pop()),
    ('d.setdefault()', lambda: d.setdefault()),
    ('d.keys(1)', lambda: d.keys(1)),
    ('d.popitem(1)', lambda: d.popitem(1)),
    ('d.clear(1)', lambda: d.clear(1)),
    ('d.copy(1)', lambda: d.copy(1)),
    ('d.__contains__()', lambda: d.__contains__())]:
    try:
        fn()
    except TypeError as e:
        print(e)
