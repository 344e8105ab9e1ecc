# int.to_bytes / int.from_bytes: two's complement in both byte orders, the
# edge cases of fitting (-2**(8n-1) fits, 2**(8n-1) signed does not), the
# argument checks, and from_bytes on subclasses and on iterables of ints.
for v in [0, 1, -1, 127, 128, -128, -129, 255, 256, 2**63 - 1, -2**63,
          10**30, -10**30, True]:
    row = []
    for n, signed in [(0, True), (1, False), (1, True), (2, True), (16, True)]:
        try:
            b = v.to_bytes(n, "little", signed=signed)
            back = int.from_bytes(b, "little", signed=signed)
            row.append("%s=%d" % (b.hex(), back))
        except OverflowError as e:
            row.append(str(e))
    print(v, row)
print((1).to_bytes(), (258).to_bytes(2), (258).to_bytes(2, byteorder="little"))
print(int.from_bytes([1, 2]), int.from_bytes((255,), signed=True))
print(bool.from_bytes(b"\x00\x01"), int.from_bytes(b""), int.from_bytes(b"\xff" * 20, "little", signed=True))
class I(int):
    pass
print(type(I.from_bytes(b"\x05")).__name__, I.from_bytes(b"\x05"))
for args in [("x",), (b"1", "middle"), (b"1", 5), (5,), ([256],), (b"\x01", "big", True)]:
    try:
        print(int.from_bytes(*args))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(-1,), (2, "mid"), ("a",), (1, "big", 1)]:
    try:
        print((5).to_bytes(*args))
    except Exception as e:
        print(type(e).__name__, e)
