customers = [("ann", 3), ("bob", 1), ("cy", 2), ("dee", 1)]
clock = 0
waits = {}
queue = list(customers)
while queue:
    name, duration = queue.pop(0)
    waits[name] = clock
    print(f"t={clock}: serving {name} for {duration}")
    clock += duration
print(waits)
print("average wait:", sum(waits.values()) / len(waits))
