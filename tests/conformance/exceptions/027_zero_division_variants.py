def show(label, f):
    try:
        f()
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__ + ":", e)
show("1 / 0", lambda: 1 / 0)
show("1 // 0", lambda: 1 // 0)
show("1 % 0", lambda: 1 % 0)
show("1.0 / 0", lambda: 1.0 / 0)
show("1.0 // 0", lambda: 1.0 // 0)
show("1.0 % 0", lambda: 1.0 % 0)
show("0 ** -1", lambda: 0 ** -1)
show("0.0 ** -1", lambda: 0.0 ** -1)
show("divmod(7, 0)", lambda: divmod(7, 0))
show("divmod(7.5, 0)", lambda: divmod(7.5, 0))
show("(2**70) // 0", lambda: (2 ** 70) // 0)
show("5 / False", lambda: 5 / False)
