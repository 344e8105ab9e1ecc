words = ["pear", "fig", "banana", "kiwi"]
print(min(words), max(words))
print(min(words, key=len), max(words, key=len))
print(max(3, 7, 5), min(3.5, 2, 8))
print(max([], default="empty"), min([4], default=0))
print(max([(1, "b"), (1, "a"), (0, "z")]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
