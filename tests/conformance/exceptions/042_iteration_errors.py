def show(f):
    try:
        f()
    except (TypeError, StopIteration, ValueError) as e:
        print(type(e).__name__ + ":", repr(e))
def loop_int():
    for x in 5:
        pass
show(loop_int)
show(lambda: next([]))
show(lambda: next(iter([])))
show(lambda: next(iter([]), "default") and print("default used"))
show(lambda: iter(None))
show(lambda: list(zip(1)))
show(lambda: list(zip([1], 2)))
show(lambda: list(map(len, 3)))
show(lambda: sum(["a"]))
show(lambda: sum(["a", "b"], ""))
show(lambda: list(enumerate(7)))
show(lambda: dict([1, 2]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: "".join([1, 2]))
show(lambda: "-".join(["a", None]))
show(lambda: set(4))
