def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
items = [1, 2]
d = {"a": 1}
show(lambda: f"{items[5]}")
show(lambda: f"{d['b']}")
show(lambda: f"{1 / 0:.2f}")
show(lambda: f"{undefined_name}")
show(lambda: f"{None.real}")
show(lambda: f"{len(3)!r}")
show(lambda: f"{'x' + 1}")
value = 3.14159
print(f"{value:.2f} {items!r} {d['a']:>4}")
