vowels = ("a", "e", "i", "o", "u")
word = "education"
print([c for c in word if c in vowels])
print(sum(1 for c in word if c in vowels))
coords = ((0, 0), (1, 2), (3, 4))
print((1, 2) in coords, (2, 1) in coords)
for i, (x, y) in enumerate(coords):
    print(i, x + y)
