def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "%s" % "single")
show(lambda: "%s" % ("tuple",))
show(lambda: "%s" % ((1, 2),))
show(lambda: "%s" % [1, 2])
show(lambda: "%s %s" % [1, 2])
show(lambda: "%s" % (1, 2))
show(lambda: "%s" % ())
show(lambda: "abc" % [1])
show(lambda: "abc" % {"a": 1})
show(lambda: "abc" % b"x")
show(lambda: "abc" % 5)
show(lambda: "abc" % "x")
show(lambda: "abc" % ())
show(lambda: "abc" % (1,))
show(lambda: "%s %s" % {"a": 1})
show(lambda: "%s" % {"a": 1})
