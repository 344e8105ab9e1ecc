class Thing:
    def __str__(self):
        return "str-of-thing"
    def __repr__(self):
        return "Thing()"

t = Thing()
print("{0} {0!s} {0!r}".format(t))
print("{!r} {!s} {!a}".format("café", "café", "café"))
print("{!a}".format(["naïve", "😀"]))
print("[{!r:>10}] [{!s:<8}]".format("ab", t))
print("{0!r:^9}|".format(42))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: "{!x}".format(1))
show(lambda: "{!}".format(1))
show(lambda: "{!rr}".format(1))
show(lambda: "{!r".format(1))
show(lambda: "{0!".format(1))
show(lambda: "{!\u20ac}".format(1))
show(lambda: "{!\x01}".format(1))
