def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

x = 1234.5678
for spec in ["", "f", ".2f", "10.2f", "<10.1f", "^12.3e", "e", "E", "g", "G",
             ".3g", "%", ".1%", ",", ",.2f", "_.3f", "+.1f", " .1f", "010.2f",
             "#.0f", ".0f", "z.1f", "n", "r"]:
    show(lambda: format(x, spec))
for v in [0.0, -0.0, 1e100, 1e-7, float("inf"), float("-inf"), float("nan"),
          0.5, 2.5, 1/3]:
    print(format(v, ""), format(v, ".3"), format(v, "e"), format(v, "+.2f"),
          format(v, "z.1f"))
show(lambda: format(1.5, "d"))
show(lambda: format(1.5, "x"))
show(lambda: format(1.5, "c"))
show(lambda: format(1.5, "#"))
