for ch in "Az09 ":
    print(repr(ch), ord(ch))
print(chr(65), chr(97), chr(8364))
shifted = "".join(chr(ord(c) + 1) for c in "HAL")
print(shifted)
print(ord("é"), chr(233))
print([chr(c) for c in range(ord("a"), ord("f"))])
