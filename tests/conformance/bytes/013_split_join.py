import sys
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: b"a b  c\td\ne".split())
show(lambda: b"  a b  ".split(None, 1))
show(lambda: b"  a b  ".rsplit(None, 1))
show(lambda: b"a\x1cb\x85c".split())
show(lambda: b"a,b,,c".split(b","))
show(lambda: b"a,b,,c".split(b",", 1))
show(lambda: b"a,b,,c".rsplit(b",", 1))
show(lambda: b"a::b".split(b"::"))
show(lambda: b"".split())
show(lambda: b"".split(b","))
show(lambda: b"abc".split(b""))
show(lambda: b"abc".split(","))
show(lambda: b"abc".split(maxsplit=-1))
show(lambda: b"k=v=w".partition(b"="))
show(lambda: b"k=v=w".rpartition(b"="))
show(lambda: b"kv".partition(b"="))
show(lambda: b"kv".partition("="))
show(lambda: b"-".join([b"a", b"b", b"c"]))
show(lambda: b"".join((b"x", b"y")))
show(lambda: b", ".join([]))
show(lambda: b", ".join(x for x in [b"g", b"h"]))
show(lambda: b"-".join([b"a", "b"]))
show(lambda: b"-".join([1]))
show(lambda: b"-".join(5))
only = b"only"
print(b"-".join([only]) is only, only.split()[0] is only, only.split(b",")[0] is only)
print(sys.getsizeof(b"a b".split()), sys.getsizeof(b"a b".split(None, 0)))
