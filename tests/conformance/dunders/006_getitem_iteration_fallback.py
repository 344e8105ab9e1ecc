class Squares:
    def __getitem__(self, index):
        if index >= 5:
            raise IndexError(index)
        return index * index
s = Squares()
print(list(s))
print(3 * 3 in s, 7 in s)
for v in s:
    print(v, end=" ")
print()
print(s[2])
