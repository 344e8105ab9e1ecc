# Closures, lambdas, default arguments, keyword arguments and globals.
def make_adder(n):
    def add(x):
        return x + n
    return add


def scale(x, factor=2, *, offset=0):
    return x * factor + offset


adders = [make_adder(i) for i in range(10)]
total = 0
for i in range(600_000):
    total += adders[i % 10](i)
    total += scale(i, offset=1)
    total += scale(i, 3)
mapped = list(map(lambda v: v + 1, range(600_000)))
print(total, sum(mapped))
