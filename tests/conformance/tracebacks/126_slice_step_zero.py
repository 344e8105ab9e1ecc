letters = "abcdef"
print(letters[::2])
print(letters[::0])
