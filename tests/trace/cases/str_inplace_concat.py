# s += t on a local str: new strs at first, then (once CPython has
# specialized the add) the same str grows in place: VALUE records only.
def f():
    s = 'ab' * 2
    for i in range(10):
        s += 'x'
    return s
print(f())
