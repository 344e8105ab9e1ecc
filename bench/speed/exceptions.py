# Raising and catching exceptions in a loop.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def check(n):
    if n % 3 == 0:
        raise KeyError(n)
    return n


bad = 0
total = 0
for i in range(300_000):
    total += parse("x" if i % 2 else "12")
    try:
        total += check(i)
    except KeyError as e:
        bad += 1
    finally:
        total += 1
print(total, bad)
