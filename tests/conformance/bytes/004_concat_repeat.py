def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: b"ab" + b"cd")
show(lambda: b"ab" * 3)
show(lambda: 2 * b"xy")
show(lambda: b"ab" * 0)
show(lambda: b"ab" * -1)
show(lambda: b"" * 5)
show(lambda: b"ab" + "cd")
show(lambda: "ab" + b"cd")
show(lambda: b"ab" + 1)
show(lambda: b"ab" + [1])
x = b"same bytes"
empty = b""
print(x + empty is x, empty + x is x, x * 1 is x)
acc = b""
for part in [b"a", b"b", b"c"]:
    acc += part
print(acc)
