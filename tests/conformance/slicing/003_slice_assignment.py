lst = [0, 1, 2, 3, 4, 5]
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[4:] = []
print(lst)
lst[:0] = ["start"]
print(lst)
lst[len(lst):] = ["end"]
print(lst)
lst[:] = [9]
print(lst)
