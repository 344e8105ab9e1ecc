def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "test_case".removeprefix("test_"))
show(lambda: "test_case".removesuffix("_case"))
show(lambda: "test_case".removeprefix("case"))
show(lambda: "test_case".removesuffix("test"))
show(lambda: "abc".removeprefix(""))
show(lambda: "abc".removeprefix("abc"))
show(lambda: "abc".removeprefix("abcd"))
show(lambda: "ünï".removeprefix("ü"))
show(lambda: "abc".removeprefix(1))
show(lambda: "abc".removesuffix())
show(lambda: "abc".removeprefix(prefix="a"))
s = "keep"
print(s.removeprefix("x") is s, s.removesuffix("") is s, s.removeprefix("") is s)
chars = "ABCXYZabcxyz45 "  # indexing a variable: not folded
C = chars[8]  # the cached one-character str
print("abc".removeprefix("ab") is C)
