def show(label, f):
    try:
        f()
    except KeyError as e:
        print(label, "-> str:", str(e), "repr:", repr(e), "args:", e.args)
d = {"a": 1}
show("str key", lambda: d["b"])
show("tuple key", lambda: d[(1, 2)])
show("int key", lambda: d[3])
show("quote key", lambda: d["it's"])
show("empty str key", lambda: d[""])
show("None key", lambda: d[None])
show("pop", lambda: d.pop("zz"))
show("popitem", lambda: {}.popitem())
show("set remove", lambda: {1, 2}.remove(5))
show("set pop", lambda: set().pop())
def delete():
    del d["nope"]
show("del", delete)
