def show(f):
    try:
        f()
    except (TypeError, ValueError, KeyError, IndexError) as e:
        print(type(e).__name__ + ":", e)
show(lambda: "%d" % "x")
show(lambda: "%s %s" % (1,))
show(lambda: "%s" % (1, 2))
show(lambda: "%(name)s" % {})
show(lambda: "%z" % 1)
show(lambda: "{}".format())
show(lambda: "{name}".format(age=1))
show(lambda: "{0:d}".format("x"))
show(lambda: format(3.5, "x"))
show(lambda: format("s", "d"))
show(lambda: f"{'a':d}")
show(lambda: f"{1:z}")
show(lambda: "{:>{}}".format("a", "x"))
show(lambda: "{0[5]}".format([1]))
