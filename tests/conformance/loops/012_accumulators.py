data = [4, -2, 7, 0, -9, 3]
total = 0
positives = 0
largest = data[0]
for x in data:
    total += x
    if x > 0:
        positives += 1
    if x > largest:
        largest = x
print(total, positives, largest)
running = []
acc = 0
for x in data:
    acc += x
    running.append(acc)
print(running)
