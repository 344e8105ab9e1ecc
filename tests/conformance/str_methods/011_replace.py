def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "banana".replace("a", "o"))
show(lambda: "banana".replace("a", "o", 2))
show(lambda: "banana".replace("a", "o", 0))
show(lambda: "banana".replace("a", "o", -1))
show(lambda: "banana".replace("an", ""))
show(lambda: "banana".replace("", "-"))
show(lambda: "banana".replace("", "-", 3))
show(lambda: "".replace("", "x"))
show(lambda: "aaa".replace("a", "aa"))
show(lambda: "ünïcödé".replace("ö", "o"))
show(lambda: "abc".replace("x", "y"))
show(lambda: "abc".replace(1, "b"))
show(lambda: "abc".replace("a", 1))
show(lambda: "abc".replace("a"))
show(lambda: "abc".replace("a", "b", "c"))
show(lambda: "abc".replace("a", "b", 1, 2))
show(lambda: "abc".replace("a", "b", count=1))
s = "unchanged text"
print(s.replace("q", "z") is s, s.replace("t", "t") is s, s.replace("e", "e", 0) is s)
same = "e"
print(s.replace(same, same) is s)
chars = "ABCXYZabcxyz45 "  # indexing a variable: not folded
B = chars[1]  # the cached one-character str
print("b".replace("b", "B") is B)
