for s in [slice(5), slice(1, 5), slice(1, 5, 2), slice(None, None, -1), slice("a", [1], None)]:
    print(repr(s), s.start, s.stop, s.step)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1) == slice(None, 1))
print(slice(1, 2) < slice(1, 3), slice(2) > slice(1), slice(1, 2, 3) <= slice(1, 2, 3))
s = slice(1, 2)
print(s == s, s >= s, s < s)
for t in ["hash(slice(1))", "slice()", "slice(1, 2, 3, 4)", "slice(x=1)", "slice(1) < 5"]:
    try:
        eval(t)
    except TypeError as e:
        print(t, "->", e)
print(s.__reduce__())
