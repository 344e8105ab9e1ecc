d = {1: 10, 2: 20, 3: 30}
e = {2: 20, 3: 99, 4: 40}
k, it = d.keys(), d.items()
print(k & {2, 3, 9}, k | [7], k - {1}, k ^ {3, 4})
print({2, 3, 9} & k, [7] | k, {1} - k, (5, 1) ^ k)
print(k & e.keys(), k - e.keys(), k ^ e.keys(), k | e.keys())
print(it & e.items(), it - e.items(), it ^ e.items(), sorted(it | e.items()))
print(k == {1, 2, 3}, k == [1, 2, 3], {1, 2, 3} == k, k < {1, 2, 3, 4}, k >= {1})
print(it == {(1, 10), (2, 20), (3, 30)}, it <= e.items())
print(k.isdisjoint([5, 6]), k.isdisjoint(e.keys()), it.isdisjoint({(2, 20)}))
print(2 in k, 9 in k, (1, 10) in it, (1, 11) in it, [1] in it, 10 in d.values())
print(len(k), len(d.values()), list(reversed(k)), list(reversed(d.values())), list(reversed(it)))
print(k.mapping, d.values().mapping[2])
try:
    hash(k)
except TypeError as ex:
    print(ex)
print(type(hash(d.values())).__name__)
