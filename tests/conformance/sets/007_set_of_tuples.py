visited = set()
path = [(0, 0), (0, 1), (1, 1), (0, 1), (0, 0)]
for pos in path:
    if pos in visited:
        print("revisit", pos)
    visited.add(pos)
print(sorted(visited), len(visited))
try:
    visited.add([2, 2])
except TypeError as e:
    print("TypeError:", e)
