queue = ["task1", "task2", "task3"]
done = []
while queue:
    job = queue.pop(0)
    print("processing", job)
    if job == "task2":
        queue.append("task2-retry")
    done.append(job)
print(done, queue)
