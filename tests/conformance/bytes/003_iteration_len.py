data = b"Hi!\xff"
print(len(data), len(b""))
for byte in data:
    print(byte, end=" ")
print()
print(list(data), tuple(b"ab"), sum(b"\x01\x02\x03"))
print([chr(c) for c in b"abc"])
it = iter(b"xy")
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")
print(max(b"hello"), min(b"hello"), sorted(b"cab"))
print(b"ab" in [b"ab"], 97 in b"abc")
