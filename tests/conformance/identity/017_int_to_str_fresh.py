# str(5) builds a new str every time, though one-character strs made by
# indexing, chr() or str.format come from a shared cache. Which int -> str
# paths give the cached object and which a fresh one?
digits = "0123456789"  # indexing a variable: not folded
five = digits[5]
n = 5
f = 5.0
class I(int):
    pass
paths = [
    ("str(n)", lambda: str(n)), ("repr(n)", lambda: repr(n)),
    ("n.__str__()", lambda: n.__str__()), ("int.__repr__(n)", lambda: int.__repr__(n)),
    ("str(-0)", lambda: str(-0)), ("str(I(5))", lambda: str(I(5))),
    ("f'{n}'", lambda: f"{n}"), ("f'{n:}'", lambda: f"{n:}"),
    ("f'{n:d}'", lambda: f"{n:d}"), ("f'{n!s}'", lambda: f"{n!s}"),
    ("f'{n!r}'", lambda: f"{n!r}"), ("f'{n:1}'", lambda: f"{n:1}"),
    ("format(n)", lambda: format(n)), ("format(n, '')", lambda: format(n, "")),
    ("format(n, 'd')", lambda: format(n, "d")),
    ("format(I(5), '')", lambda: format(I(5), "")),
    ("n.__format__('')", lambda: n.__format__("")),
    ("'{}'.format(n)", lambda: "{}".format(n)),
    ("'{!s}'.format(n)", lambda: "{!s}".format(n)),
    ("'{:d}'.format(n)", lambda: "{:d}".format(n)),
    ("'{}'.format(I(5))", lambda: "{}".format(I(5))),
    ("'%s' % n", lambda: "%s" % n), ("'%1s' % n", lambda: "%1s" % n),
    ("'%d' % n", lambda: "%d" % n), ("'%1d' % n", lambda: "%1d" % n),
    ("format(f, '.0f')", lambda: format(f, ".0f")),
    ("'%.0f' % f", lambda: "%.0f" % f), ("f'{f:g}'", lambda: f"{f:g}"),
]
for name, make in paths:
    r = make()
    print(f"{name:20} {r!r} cached: {r is five}")
