d = {5: 50, 1: 10, 13: 130, 2: 20}
print(set(d), set(d.items()), set(d.values()))
s = {100}
s.update(d)
print(s)
print(set(range(20, 0, -3)), set(""), set(()), set([]))
print(frozenset(x * x for x in range(-3, 4)))
print(set(reversed([3, 2, 1])))
print(set({7: 0, 15: 0, 23: 0}.keys()), frozenset({(1, 2): 3}.items()))
