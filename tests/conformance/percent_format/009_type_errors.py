def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "%d" % "5")
show(lambda: "%d" % None)
show(lambda: "%i" % [1])
show(lambda: "%x" % 1.5)
show(lambda: "%o" % "8")
show(lambda: "%X" % None)
show(lambda: "%f" % "1.5")
show(lambda: "%f" % None)
show(lambda: "%e" % [])
show(lambda: "%d" % float("nan"))
show(lambda: "%d" % float("inf"))
show(lambda: "%f" % 10**400)
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 9
show(lambda: "%d %f %x %c" % (Num(), Num(), Num(), Num()))
class OnlyFloat:
    def __float__(self):
        return 1.25
show(lambda: "%f" % OnlyFloat())
show(lambda: "%d" % OnlyFloat())
