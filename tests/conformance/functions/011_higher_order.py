def compose(f, g):
    def h(x):
        return f(g(x))
    return h
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def apply_all(fns, value):
    return [fn(value) for fn in fns]
print(apply_all([inc, dbl, str, abs], -3))
print(list(map(compose(str, dbl), [1, 2, 3])))
