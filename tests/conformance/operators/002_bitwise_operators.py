a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(~a, ~0, ~-1)
print(1 << 10, 1024 >> 3, -16 >> 2)
print(1 << 100)
print(-1 & 0xFF, 6 & -6)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
