def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = b"abcdef"
show(lambda: b[0])
show(lambda: b[-1])
show(lambda: b[1:3])
show(lambda: b[::2])
show(lambda: b[::-1])
show(lambda: b[4:1:-1])
show(lambda: b[10:])
show(lambda: b[:])
show(lambda: b[6])
show(lambda: b[-7])
show(lambda: b["x"])
show(lambda: b[1.0])
show(lambda: b[True])
print(b[:] is b, b[0:6] is b, b[0:1] == b"a")
