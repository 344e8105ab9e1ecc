print(42, -7, 0)
print(0b1010, 0o17, 0xff, 0XFF)
print(1_000_000, 0x_ff, 0b_1111_0000)
print(type(42).__name__, type(0xff).__name__)
big = 123_456_789_012_345_678_901_234_567_890
print(big)
print(big + 1)
