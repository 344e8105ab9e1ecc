def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([4, 8, 15], 8)
find([4, 8, 15], 16)
find([], 1)
for n in range(3):
    pass
else:
    print("else runs when the loop ends normally")
