def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "%*d|" % (5, 42))
show(lambda: "%-*d|" % (5, 42))
show(lambda: "%*d|" % (-5, 42))
show(lambda: "%.*f" % (2, 3.14159))
show(lambda: "%*.*f|" % (8, 3, 3.14159))
show(lambda: "%.*s|" % (-5, "abc"))
show(lambda: "%*s|" % (-5, "a"))
show(lambda: "%.*s|" % (2, "abcdef"))
show(lambda: "%*d" % ("a", 1))
show(lambda: "%.*f" % (1.5, 1.0))
show(lambda: "%*d" % (5,))
show(lambda: "%*d" % ())
show(lambda: "%*s" % (True, "x"))
