print(ord("A"), ord("a"), ord("0"), ord("\n"))
print(chr(72) + chr(105), chr(0x263A))
print(bin(5), hex(255), oct(8))
print(bin(0), hex(0), oct(0))
print(int(bin(37), 2), int(hex(999), 16), int(oct(64), 8))
print("".join(chr(ord("a") + i) for i in range(5)))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
