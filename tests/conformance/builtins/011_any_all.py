print(any([]), all([]))
print(any([0, "", None]), any([0, 1]))
print(all([1, "a", [0]]), all([1, 0]))
nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n % 2 for n in nums))
def check(n):
    print("check", n)
    return n > 3
print(any(check(n) for n in [1, 5, 9]))
