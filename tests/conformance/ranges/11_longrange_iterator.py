import sys
# Ranges whose values do not fit a machine word iterate with a
# longrange_iterator (its own type and size), forwards and reversed.
big = 2 ** 64
for r in [range(big, big + 3), range(-big, -big + 10, 4), range(0, big, big // 2),
          range(3), range(big - 1, big - 4, -1)]:
    it = iter(r)
    rv = reversed(r)
    first = next(it)
    print(type(it).__name__, type(rv).__name__, sys.getsizeof(it),
          first, it.__length_hint__(), list(it), list(rv), rv.__length_hint__())
print(type(iter(range(2 ** 63 - 2, 2 ** 63 - 1))).__name__)
print(type(iter(range(0, 2 ** 63 - 1, 2 ** 62))).__name__)
print(list(zip(range(big, big * 2), "ab")))
