for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    print(row)
pairs = []
for a in "xy":
    for b in range(2):
        pairs.append(a + str(b))
print(pairs)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end="; ")
print()
