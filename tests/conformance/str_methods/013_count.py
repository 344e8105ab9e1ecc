def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "banana".count("a"))
show(lambda: "banana".count("an"))
show(lambda: "banana".count("ana"))
show(lambda: "banana".count(""))
show(lambda: "banana".count("", 2))
show(lambda: "banana".count("", 10))
show(lambda: "banana".count("a", 2, 4))
show(lambda: "banana".count("a", -2))
show(lambda: "".count(""))
show(lambda: "ééé".count("é"))
show(lambda: "banana".count(1))
show(lambda: "banana".count())
show(lambda: "banana".count("a", None, 3))
