n = 1
for i in range(1, 8):
    n *= 1000
    print(i, n)
print(n * n * n)
print(-n ** 3)
print(2 ** 31, 2 ** 32, 2 ** 63, 2 ** 64)
print((2 ** 64) // 3, (2 ** 64) % 3)
