for n in range(10):
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("odd", n)
i = 0
while True:
    i += 1
    if i == 3:
        continue
    if i > 5:
        break
    print("i", i)
