def show(f):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
def grow_dict():
    d = {"a": 1, "b": 2}
    for k in d:
        d[k + "!"] = 0
def shrink_dict():
    d = {"a": 1, "b": 2}
    for k in d:
        del d[k]
def grow_set():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
def list_is_fine():
    items = [1, 2, 3]
    for x in items:
        if x == 1:
            items.remove(x)
    print("list loop ended:", items)
show(grow_dict)
show(shrink_dict)
show(grow_set)
show(list_is_fine)
