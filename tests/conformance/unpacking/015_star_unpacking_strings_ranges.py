a, *b, c = range(6)
print(a, b, c)
*letters, last = "hello"
print(letters, last)
print(*range(3), sep=", ")
print([*"ab", *[1, 2]], (*range(2),))
x, y = (*"ab",)
print(x, y)
