# Formatting and str/bytes methods keep no references to their arguments.
import sys
class T:
    def __repr__(self): return "T()"
    def __format__(self, spec): return "fmt:" + spec
x = T()
s = "some string value"
b = b"some bytes value"
d = {"k": x, "s": s}
tests = [
  lambda: "{}".format(x), lambda: "{0!r:>9}".format(x), lambda: "{k}".format(k=x), lambda: "{0[k]}".format(d),
  lambda: "{:{}}".format(x, s), lambda: "%s %r" % (x, x), lambda: "%(k)s" % d, lambda: "%s" % s,
  lambda: f"{x}{x!r}{s}", lambda: format(x, "a"), lambda: s.split(), lambda: s.partition(" "),
  lambda: " ".join([s, s]), lambda: s.strip(), lambda: s.replace("s", "S"), lambda: s.encode(),
  lambda: b.decode(), lambda: b.split(), lambda: b.hex(), lambda: s.translate({115: x and "z"}),
  lambda: str(b, "ascii"), lambda: bytes(b), lambda: b + b, lambda: list(b), lambda: s.center(30),
  lambda: "{}".format(s), lambda: s.format_map(d), lambda: "{s}".format_map(d), lambda: b.partition(b" "),
  lambda: b"-".join([b, b]), lambda: str.maketrans({"a": s}), lambda: s.removeprefix("some"),
]
for i, t in enumerate(tests):
    before = (sys.getrefcount(x), sys.getrefcount(s), sys.getrefcount(b), sys.getrefcount(d))
    r = t()
    del r
    after = (sys.getrefcount(x), sys.getrefcount(s), sys.getrefcount(b), sys.getrefcount(d))
    print(i, [a - c for a, c in zip(after, before)])
try:
    "{0.nope}".format(x)
except AttributeError:
    pass
try:
    "%d" % (x,)
except TypeError:
    pass
print(sys.getrefcount(x), sys.getrefcount(d))
