s = "Hello, World"
print(s[:5], s[7:], s[-5:])
print(s[::-1], s[::3])
print(s[1:-1], s[100:], repr(s[5:2]))
word = "racecar"
print(word == word[::-1])
print(s[:5].upper() + s[5:])
