def process(items):
    return [i * 2 for i in items]
print(process([1, 2]))
continue
print("done")
