s = slice(1, 8, 2)
data = "abcdefghij"
print(s, s.start, s.stop, s.step)
print(data[s], list(range(10))[s])
first_three = slice(None, 3)
print(data[first_three], [5, 6, 7, 8][first_three])
print(slice(3))
print(s.indices(5))
