original = [[1, 2], [3, 4]]
copy = original[:]
copy.append([5])
copy[0].append(99)
print(original)
print(copy)
print(copy[0] is original[0], copy is original)
