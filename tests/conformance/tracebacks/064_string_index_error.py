word = "hello"
print(len(word))
print(word[0], word[-1])
for i in range(0, 10, 2):
    print(i, word[i])
