print(len("hello"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}))
print(len(range(0, 10, 3)), len(""), len(frozenset()))
print(len({"a": 1}.items()), len("日本"))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(x for x in "ab")
except TypeError as e:
    print("TypeError:", e)
