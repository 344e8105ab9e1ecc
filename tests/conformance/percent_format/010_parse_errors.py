def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "%" % ())
show(lambda: "abc %" % ())
show(lambda: "%5" % 1)
show(lambda: "%.2" % 1)
show(lambda: "%-" % 1)
show(lambda: "%l" % 1)
show(lambda: "%y" % 1)
show(lambda: "x %q y" % 1)
show(lambda: "é %€" % 1)
show(lambda: "%\x01" % 1)
show(lambda: "%99999999999999999999d" % 1)
show(lambda: "%.99999999999999999999f" % 1)
show(lambda: "%(key" % {})
show(lambda: "%(key)" % {"key": 1})
