def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: bytes(-1))
show(lambda: bytes(1.5))
show(lambda: bytes(None))
show(lambda: bytes([1.5]))
show(lambda: bytes([256]))
show(lambda: bytes([-1]))
show(lambda: bytes(["a"]))
show(lambda: bytes("abc"))
show(lambda: bytes("abc", errors="strict"))
show(lambda: bytes(1, "utf-8"))
show(lambda: bytes(errors="x"))
show(lambda: bytes(encoding="x"))
show(lambda: bytes("a", 1))
show(lambda: bytes("a", "utf-8", 1))
show(lambda: bytes("a", "nope"))
show(lambda: bytes("é", "ascii"))
show(lambda: bytes(x=1))
show(lambda: bytes(1, 2, 3, 4))
class Bad:
    def __bytes__(self):
        return "not bytes"
show(lambda: bytes(Bad()))
