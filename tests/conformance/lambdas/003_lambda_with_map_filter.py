nums = [1, 2, 3, 4, 5, 6]
print(list(map(lambda n: n ** 2, nums)))
print(list(filter(lambda n: n % 2 == 0, nums)))
print(list(map(lambda a, b: a * b, nums, [10, 20, 30])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(sum(map(lambda s: len(s), ["ab", "cde"])))
