names = ["isalpha", "isdigit", "isalnum", "isspace", "islower", "isupper",
         "isascii"]
for b in [b"", b"abc", b"ABC", b"Abc", b"123", b"a1", b" \t\n\x0b\x0c\r",
          b"\x1c", b"caf\xc3\xa9", b"abc ", b"ABC1"]:
    print(repr(b).ljust(22), " ".join(n[2:] for n in names if getattr(b, n)()))
try:
    b"a".isalpha(1)
except TypeError as e:
    print(e)
