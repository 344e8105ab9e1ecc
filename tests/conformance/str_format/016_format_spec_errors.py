def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for value in [42, 4.2, "s"]:
    for spec in ["q", "10q", ",s", "_s", ",,", ",_", "_,", ".", "10.", ".x",
                 "=^", "<<<", "\u20ac", "99999999999999999999", ".99999999999999999999",
                 "10.2.3", "#c", ",c", ",x", "z"]:
        show(lambda: format(value, spec))
