def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

n = 1234567
for spec in ["", "d", "10", "<10", "^10", "=10", "+", " ", "-", ",", "_",
             "010", "+010", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
             "_b", "#_x", "c", "e", ".2e", "f", "%", "g", "n", "08,d", "z"]:
    show(lambda: format(n, spec))
for v in [0, -42, 255, 2**70, -(2**64)]:
    print(format(v, "d"), format(v, "#x"), format(v, ","), format(v, "+08"))
show(lambda: format(5, ".2d"))
show(lambda: format(5, "s"))
show(lambda: format(5, ",b"))
show(lambda: format(-1, "c"))
show(lambda: format(5, "=^"))
