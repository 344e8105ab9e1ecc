n = 5
while n > 0:
    print("n =", n)
    n -= 2
print("after loop n =", n)
count = 0
total = 0
while total < 100:
    count += 1
    total += count * count
print(count, total)
