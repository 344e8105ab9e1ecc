def show(f):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
t = (1, 2, 3)
s = "hello"
def set_tuple():
    t[0] = 9
def del_tuple():
    del t[0]
def set_str():
    s[0] = "j"
def del_str():
    del s[1]
def set_range():
    r = range(3)
    r[0] = 1
def set_bytes():
    b = b"ab"
    b[0] = 1
show(set_tuple)
show(del_tuple)
show(set_str)
show(del_str)
show(set_range)
show(set_bytes)
show(lambda: frozenset([1]).add(2))
show(lambda: t.append(4))
show(lambda: s.append("!"))
print(t, s)
