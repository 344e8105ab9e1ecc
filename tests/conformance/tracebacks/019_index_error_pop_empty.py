queue = []
queue.append("job")
print(queue.pop())
print(queue.pop())
