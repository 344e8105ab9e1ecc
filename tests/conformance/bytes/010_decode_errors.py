def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: b"\xff".decode())
show(lambda: b"ok\xff".decode("utf-8"))
show(lambda: b"\xc3".decode())
show(lambda: b"a\xc3\x28".decode())
show(lambda: b"\xed\xa0\x80".decode())
show(lambda: b"\xf0\x9f\x98".decode())
show(lambda: b"\xf0\x9f\x98 ".decode())
show(lambda: b"\x80abc".decode("ascii"))
show(lambda: b"abc\xff\xfe".decode("ascii"))
show(lambda: b"\xff".decode("utf-8", "bogus"))
show(lambda: b"ok".decode("utf-8", "bogus"))
show(lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"))
show(lambda: b"a".decode("nope"))
show(lambda: b"a".decode(1))
show(lambda: b"a".decode("utf-8", 1))
show(lambda: b"a".decode("utf-8", "strict", 1))
show(lambda: b"a".decode(x=1))
