lst = [1, 2, 3, 4]
lst[1:3] += ["x"]
print(lst)
lst[:2] *= 2
print(lst)
grid = {"row": [10, 20]}
grid["row"][1] //= 3
print(grid)
class Holder:
    pass
h = Holder()
h.items = [1]
h.items += [2]
h.items[0] -= 5
print(h.items)
s = "abc"
s *= 2
print(s)
