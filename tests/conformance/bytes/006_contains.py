def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = b"hello world"
show(lambda: b"world" in b)
show(lambda: b"" in b)
show(lambda: b"xyz" in b)
show(lambda: 104 in b)
show(lambda: 0 in b)
show(lambda: 300 in b)
show(lambda: -1 in b)
show(lambda: "h" in b)
show(lambda: None in b)
show(lambda: b"o w" not in b)
