print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc")
print(b"b" > b"abc", b"" < b"\x00", b"\xff" > b"\x7f", b"abc" <= b"abc")
print(b"abc" == "abc", b"a" != "a", b"1" == 1)
try:
    b"a" < "a"
except TypeError as e:
    print(e)
print(hash(b"") == 0, hash(b"abc") == hash(b"abc"), hash(b"ab") == hash("ab"))
d = {b"key": 1, "key": 2}
print(len(d), d[b"key"], d["key"])
print(sorted([b"b", b"a", b"ab", b""]))
print(len({b"x", b"x", b"y"}))
