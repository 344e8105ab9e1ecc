import gc
def make():
    data = ["d"]
    count = 0
    def use():
        return data, count
    return use
f = make()
cells = f.__closure__
print(len(cells), [c.cell_contents for c in cells])
print(gc.get_referents(cells[0]), gc.get_referents(cells[1]))
print(f.__code__.co_freevars)
