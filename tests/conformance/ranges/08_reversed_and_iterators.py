for r in [range(5), range(1, 10, 3), range(10, 0, -3), range(0), range(-5, 5, 2)]:
    print(list(reversed(r)), list(r.__reversed__()))
it = iter(range(0, 10, 2))
print(type(it).__name__, it.__length_hint__())
print(next(it), next(it), it.__length_hint__(), list(it), it.__length_hint__(), list(it))
ri = reversed(range(4))
print(type(ri).__name__, ri.__length_hint__(), list(ri))
