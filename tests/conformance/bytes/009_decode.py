def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: b"caf\xc3\xa9".decode())
show(lambda: b"caf\xc3\xa9".decode("utf-8"))
show(lambda: b"caf\xe9".decode("latin-1"))
show(lambda: b"plain".decode("ascii"))
show(lambda: b"\xf0\x9f\x98\x80".decode())
show(lambda: b"".decode("nope"))
show(lambda: b"abc".decode(encoding="UTF8"))
show(lambda: b"abc".decode("utf-8", errors="strict"))
show(lambda: b"a\xffb\xc3".decode("utf-8", "replace"))
show(lambda: b"a\xffb".decode("utf-8", "ignore"))
show(lambda: b"a\xffb".decode("utf-8", "backslashreplace"))
show(lambda: b"a\xffb".decode("ascii", "replace"))
show(lambda: b"\xe2\x82".decode("utf-8", "replace"))
show(lambda: b"\xe2\x82a".decode("utf-8", "replace"))
show(lambda: b"\xed\xa0\x80".decode("utf-8", "replace"))
show(lambda: b"\xc0\xaf".decode("utf-8", "replace"))
show(lambda: b"\xf4\x90\x80\x80".decode("utf-8", "replace"))
chars = "ABCXYZabcxyz45 "  # indexing a variable: not folded
A = chars[0]  # the cached one-character str
print(b"A".decode() is A, b"A".decode("latin-1") is A)
