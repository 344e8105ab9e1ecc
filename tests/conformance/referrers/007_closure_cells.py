import gc
def outer():
    data = [1, 2]
    def inner():
        return data
    return inner
f = outer()
cells = f.__closure__
print(type(cells).__name__, len(cells))
print(gc.get_referents(cells[0]) == [[1, 2]])
print(gc.get_referents(cells[0])[0] is f(), cells[0].cell_contents is f())
print(any(c is cells for c in gc.get_referents(f)))
