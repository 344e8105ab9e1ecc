lst = list(range(8))
lst[::2] = ["x"] * 4
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
lst[::-1] = range(8)
print(lst)
