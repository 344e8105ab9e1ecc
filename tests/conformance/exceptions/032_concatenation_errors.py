def show(f):
    try:
        f()
    except TypeError as e:
        print(e)
show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: [1] + (2,))
show(lambda: (1,) + [2])
show(lambda: [] + None)
show(lambda: "x" + None)
show(lambda: "a" * "b")
show(lambda: [1] * 1.5)
show(lambda: "ab" * 2.0)
show(lambda: b"a" + "b")
show(lambda: "b" + b"a")
