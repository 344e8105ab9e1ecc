letters = ["a", "b", "c"]
i = 3
print(len(letters))
print(letters[i - 1])
print(letters[-i])
print(letters[i])
