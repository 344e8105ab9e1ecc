for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(-3), range(5, 5), range(0, -10, -4)]:
    print(repr(r), list(r), len(r), bool(r), r.start, r.stop, r.step)
print(range(True, 3), range(2, False, -1))
