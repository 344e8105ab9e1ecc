def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: ", ".join(["a", "b", "c"]))
show(lambda: "".join(("x", "y")))
show(lambda: "-".join("abc"))
show(lambda: "-".join(c.upper() for c in "abc"))
show(lambda: "+".join({"k1": 1, "k2": 2}))
show(lambda: "/".join([]))
show(lambda: "/".join(["only"]))
show(lambda: "é".join(["ü", "ö"]))
show(lambda: ", ".join(["a", 1]))
show(lambda: ", ".join([1, "a"]))
show(lambda: ", ".join([None]))
show(lambda: ", ".join(5))
show(lambda: ", ".join())
show(lambda: ", ".join([], []))
show(lambda: ", ".join(iterable=[]))
show(lambda: ", ".join(["a", b"b"]))
show(lambda: ", ".join(map(str, range(5))))
