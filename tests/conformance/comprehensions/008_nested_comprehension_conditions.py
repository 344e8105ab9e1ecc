print([(x, y) for x in range(4) if x % 2 == 0 for y in range(x) if y != 1])
print([[c * n for c in "ab"] for n in range(1, 3)])
print([y for x in [[1, [2]], [3]] for y in x])
print({(a, b): a * b for a in range(2) for b in range(2)})
words = ["hi", "yo", "hey"]
print([w + "!" for w in words if len(w) == 2 if w[0] == "h"])
print([[i * j for j in range(1, 4)] for i in range(1, 4) if i != 2])
