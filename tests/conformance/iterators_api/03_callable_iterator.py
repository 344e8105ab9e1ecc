data = [1, 2, 3, 0, 4]
pos = [0]
def nxt():
    pos[0] += 1
    return data[pos[0] - 1]
it = iter(nxt, 0)
print(type(it).__name__, list(it), list(it))
n = [0]
def stopper():
    n[0] += 1
    if n[0] > 3:
        raise StopIteration
    return n[0]
print(list(iter(stopper, None)))
for t in ["iter(1, 2)", "iter(len)", "iter()", "iter(1, 2, 3)"]:
    try:
        eval(t)
    except TypeError as e:
        print(t, "->", e)
