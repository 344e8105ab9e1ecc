total = 0
print("adding numbers")
for n in range(10)
    total += n
print(total)
