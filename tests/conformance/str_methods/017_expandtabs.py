def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "a\tb\tc".expandtabs())
show(lambda: "a\tb\tc".expandtabs(4))
show(lambda: "abcdefgh\tx".expandtabs(4))
show(lambda: "a\tb\nab\tc\r\tz".expandtabs(3))
show(lambda: "a\tb".expandtabs(0))
show(lambda: "a\tb".expandtabs(-1))
show(lambda: "é\tx".expandtabs(2))
show(lambda: "\t".expandtabs(1))
show(lambda: "a\tb".expandtabs(tabsize=2))
show(lambda: "a\tb".expandtabs("2"))
show(lambda: "a\tb".expandtabs(1, 2))
s = "no tabs"
print(s.expandtabs() is s)
chars = "ABCXYZabcxyz45 "  # indexing a variable: not folded
sp = chars[14]  # the cached one-character str
print("\t".expandtabs(1) is sp)
