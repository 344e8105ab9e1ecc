for n in [0, 1, 5, 255, 256, -8, 2 ** 40]:
    print(n, n.bit_length(), bin(n).count("1"))
print(bin(10), oct(10), hex(10))
print(bin(-10), hex(-255))
print(hex(2 ** 64))
print((1024).bit_length(), (-1).bit_length())
