def show(f):
    try:
        f()
    except TypeError as e:
        print(e)
show(lambda: 1 < "x")
show(lambda: [] > {})
show(lambda: None < None)
show(lambda: "a" >= 3)
show(lambda: (1, 2) <= [1, 2])
show(lambda: sorted([3, "a", 1]))
show(lambda: max(1, "a"))
show(lambda: min([None, 2]))
show(lambda: {1} < [1])
show(lambda: object() > object())
show(lambda: 1j < 2j)
print([1] == (1,), 1 == "1", None != 0)
