# A one-digit result of printf-style formatting is the cached one-character
# str unless CPython built a temporary str for the number and used it whole.
chars = "0123456789abcdefABCDEF"  # indexing a variable: not folded
def cached(r):
    return any(r is c for c in chars)
class I(int):
    pass
values = [0, 5, 10, 15, True, I(5), 5.0, 5.7, -1]
formats = ["%d", "%i", "%u", "%o", "%x", "%X", "%1d", "%-1d", "%01d", "%.1d",
           "%.0d", "%1.1d", "%1x", "%1X", "%.1x", "%#x", "%#d", "%+d", "% d",
           "%2d", "%.2d", "%s", "%1s", "%.1s", "%r", "%.0f", "%1.0f", "%g"]
for fmt in formats:
    row = []
    for v in values:
        try:
            r = fmt % v
            row.append(r + ("=" if cached(r) else "+"))
        except TypeError:
            row.append("TypeError")
    print(f"{fmt:6}", " ".join(row))
for fmt in ["%*d", "%.*d", "%*x"]:
    print(fmt, [(fmt % (w, 5)) is chars[5] for w in (-1, 0, 1, 2)])
print(("%d%s" % (5, "")) is chars[5], ("%(a)d" % {"a": 5}) is chars[5],
      ("%(a)1d" % {"a": 5}) is chars[5])
