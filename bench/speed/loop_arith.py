# Integer arithmetic in a for loop and a while loop.
total = 0
for i in range(2_000_000):
    total += i * i % 7
    if i % 3 == 0:
        total -= 1
n = 0
k = 0
while n < 1_000_000:
    k = (k + n * 31) % 1000003
    n += 1
print(total, k)
