pairs = [(1, "a"), (2, "b"), (3,)]
for number, letter in pairs:
    print(number, letter)
