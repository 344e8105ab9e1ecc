print(bytes(), bytes(3), bytes(0))
print(bytes([72, 105]), bytes((0, 255)), bytes(range(65, 70)))
print(bytes(b"copy"), bytes("héllo", "utf-8"), bytes("abc", "ascii"))
print(bytes("é", encoding="latin-1"), bytes(source=b"kw"))
print(bytes(x for x in [1, 2, 3]), bytes({7: "a"}))
print(bytes("é", "ascii", "replace"), bytes("é", "ascii", errors="ignore"))
class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(WithBytes()))
b = b"identity"
print(bytes(b) is b)
class MyBytes(bytes):
    pass
m = MyBytes(b"sub")
print(type(m).__name__, m, len(m), m == b"sub", type(bytes(m)).__name__)
print(MyBytes(2), type(MyBytes()).__name__)
