def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "ab".center(7))
show(lambda: "ab".center(7, "*"))
show(lambda: "abc".center(6, "*"))
show(lambda: "ab".ljust(5, "."))
show(lambda: "ab".rjust(5, "é"))
show(lambda: "ab".center(1))
show(lambda: "ab".center(-3))
show(lambda: "42".zfill(5))
show(lambda: "-42".zfill(5))
show(lambda: "+42".zfill(5))
show(lambda: "-".zfill(3))
show(lambda: "".zfill(3))
show(lambda: "abc".zfill(2))
show(lambda: "ab".center())
show(lambda: "ab".center(5, "xy"))
show(lambda: "ab".center(5, ""))
show(lambda: "ab".center(5, 1))
show(lambda: "ab".center(1.5))
show(lambda: "ab".center("5"))
show(lambda: "ab".center(5, fillchar="x"))
show(lambda: "ab".ljust(5, "x", "y"))
show(lambda: "ab".zfill())
show(lambda: "ab".zfill("3"))
s = "wide enough"
print(s.center(3) is s, s.ljust(11) is s, s.rjust(0) is s, s.zfill(5) is s)
chars = "ABCXYZabcxyz45 "  # indexing a variable: not folded
X = chars[3]  # the cached one-character str
print("".center(1, "X") is X, "X".ljust(1) is X)
