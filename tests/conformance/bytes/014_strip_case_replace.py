def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: b"  padded \t\n".strip())
show(lambda: b"\x1cx\x1c".strip())
show(lambda: b"xxabcxx".strip(b"x"))
show(lambda: b"xxabcxx".lstrip(b"x"))
show(lambda: b"xxabcxx".rstrip(b"x"))
show(lambda: b"abc".strip(None))
show(lambda: b"abc".strip("a"))
show(lambda: b"Hello World".upper())
show(lambda: b"Hello World".lower())
show(lambda: b"caf\xc3\xa9".upper())
show(lambda: b"banana".replace(b"a", b"o"))
show(lambda: b"banana".replace(b"a", b"o", 2))
show(lambda: b"banana".replace(b"", b"-"))
show(lambda: b"banana".replace(b"", b"-", 2))
show(lambda: b"banana".replace(b"x", b"y"))
show(lambda: b"banana".replace("a", "o"))
show(lambda: b"banana".replace(b"a", b"o", count=1))
s = b"unchanged"
print(s.strip() is s, s.replace(b"z", b"y") is s, s.replace(b"u", b"U", 0) is s)
print(s.upper() is s, s.lower() is s, s.lower() == s)
