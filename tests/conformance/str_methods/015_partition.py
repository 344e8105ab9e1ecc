def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "key=value=more".partition("="))
show(lambda: "key=value=more".rpartition("="))
show(lambda: "novalue".partition("="))
show(lambda: "novalue".rpartition("="))
show(lambda: "a→b".partition("→"))
show(lambda: "abc".partition(""))
show(lambda: "abc".rpartition(""))
show(lambda: "abc".partition(1))
show(lambda: "abc".partition())
show(lambda: "abc".partition("a", "b"))
s = "nothing to split"
sep = " to "
head, mid, tail = s.partition(sep)
print(mid is sep, s.partition("#")[0] is s, s.rpartition("#")[2] is s)
empty = ""
print(s.partition("#")[1] is empty)
