def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: str.maketrans())
show(lambda: str.maketrans(1))
show(lambda: str.maketrans("a"))
show(lambda: str.maketrans({1.5: 2}))
show(lambda: str.maketrans({"ab": 2}))
show(lambda: str.maketrans("ab", "c"))
show(lambda: str.maketrans(1, 2))
show(lambda: str.maketrans(1, "a"))
show(lambda: str.maketrans("a", "b", 1))
show(lambda: str.maketrans(x={}))
show(lambda: "a".translate())
show(lambda: "a".translate({97: 1.5}))
show(lambda: "a".translate({97: 0x110000}))
show(lambda: "a".translate({97: -1}))
show(lambda: "a".translate(1))
show(lambda: "a".translate({97: b"x"}))
class Table:
    def __getitem__(self, key):
        if key == ord("x"):
            raise IndexError("skip")
        if key == ord("q"):
            raise ValueError("bad key")
        return key + 1
show(lambda: "abxc".translate(Table()))
show(lambda: "aqb".translate(Table()))
