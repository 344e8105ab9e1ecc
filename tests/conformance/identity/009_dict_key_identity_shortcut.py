class Key:
    def __eq__(self, other):
        print("__eq__ called")
        return False
    def __hash__(self):
        return 42
k = Key()
d = {k: "value"}
print(d[k])
print(k in d)
other = Key()
print(other in d)
print(len({k: 1, other: 2}))
