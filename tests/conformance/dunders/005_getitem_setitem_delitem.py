class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, value):
        print("set", pos, "=", value)
        self.cells[pos] = value
    def __delitem__(self, pos):
        print("del", pos)
        del self.cells[pos]
g = Grid(3, 2)
g[0, 1] = "#"
g[2, 0] = "@"
del g[2, 0]
for y in range(g.h):
    print("".join(g[x, y] for x in range(g.w)))
