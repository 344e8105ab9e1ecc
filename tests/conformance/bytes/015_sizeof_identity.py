import sys
for b in [b"", b"a", b"abc", b"x" * 100]:
    print(len(b), sys.getsizeof(b), b.__sizeof__())
b = b"text"
print(b.__getnewargs__(), b.__getnewargs__()[0] == b)
e1 = b""
e2 = bytes()
e3 = b"abc"[5:]
print(e1 is e2, e2 is e3, "".encode() is e1, b"x".decode() == "x")
