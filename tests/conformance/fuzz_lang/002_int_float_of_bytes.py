# int() and float() accept bytes (ASCII only); their errors show the bytes'
# repr, not a decoded string.
for v in [b"12", b" 7 ", b"1_0", b"-0x1f", b"\x00\xff", b"\xd9\xa1", b"z" * 300]:
    for f in (int, float):
        try:
            print(f.__name__, f(v))
        except ValueError as e:
            print(f.__name__, str(e)[:80], len(str(e)))
print(int(b"ff", 16), int(b"0b101", 0))
try:
    int(b"z", 16)
except ValueError as e:
    print(e)
