letters = ["a", "b", "c"]
i = 3
print(letters[i - 1])
print(letters[i])
