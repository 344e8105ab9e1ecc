print(sum([1, 2, 3]), sum([1, 2, 3], 10))
print(sum([0.1] * 10))
print(sum([[1], [2, 3]], []))
print(sum(range(1, 101)), sum(()))
print(sum([True, True, False]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
