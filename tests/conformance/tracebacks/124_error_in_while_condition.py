queue = [3, 2, 1]
while queue[0] > 0:
    print(queue.pop(0))
