queue = []
queue.append("job1")
queue.append("job2")
print(queue.pop())
print(queue.pop())
print(queue)
print(queue.pop())
