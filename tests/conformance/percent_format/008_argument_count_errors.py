def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "%s %s" % ("one",))
show(lambda: "%s" % ("one", "two"))
show(lambda: "%d %d %d" % (1, 2))
show(lambda: "%s" % ())
show(lambda: "text" % ("extra",))
show(lambda: "%%" % ("extra",))
show(lambda: "%% %s" % ("ok",))
show(lambda: "%y" % ())
show(lambda: "%(a)s %(b)s" % {"a": 1})
