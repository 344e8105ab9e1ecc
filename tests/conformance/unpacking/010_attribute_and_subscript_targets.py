class Box:
    pass
box = Box()
box.w, box.h = 3, 4
print(box.w * box.h)
grid = [[0, 0], [0, 0]]
grid[0][1], grid[1][0] = "a", "b"
print(grid)
d = {}
d["x"], d["y"] = divmod(17, 5)
print(d)
lst = [0] * 5
lst[1:3], lst[4] = [7, 8], 9
print(lst)
