def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "%c" % 65)
show(lambda: "%c" % "B")
show(lambda: "%c" % 233)
show(lambda: "%c" % "é")
show(lambda: "%c" % 0x20AC)
show(lambda: "%5c|%-5c|" % (65, "z"))
show(lambda: "%c" % True)
show(lambda: "%c" % 1.5)
show(lambda: "%c" % "ab")
show(lambda: "%c" % "")
show(lambda: "%c" % -1)
show(lambda: "%c" % 0x110000)
show(lambda: "%c" % None)
