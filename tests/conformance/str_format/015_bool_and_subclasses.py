def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: format(True))
show(lambda: format(True, ""))
show(lambda: format(True, "d"))
show(lambda: format(False, "5"))
show(lambda: format(True, ">5"))
show(lambda: format(True, "s"))
show(lambda: format(True, "x"))
show(lambda: "{} {:d} {:>6}".format(True, False, True))
class MyInt(int):
    def __str__(self):
        return "MyInt!"
show(lambda: format(MyInt(7)))
show(lambda: format(MyInt(7), "03"))
show(lambda: format(MyInt(7), "q"))
show(lambda: "{}".format(MyInt(7)))
class MyFloat(float):
    pass
show(lambda: format(MyFloat(2.5)))
show(lambda: format(MyFloat(2.5), "q"))
class MyStr(str):
    def __str__(self):
        return "custom str"
show(lambda: format(MyStr("abc")))
show(lambda: format(MyStr("abc"), "5"))
show(lambda: format(MyStr("abc"), "d"))
show(lambda: "{}".format(MyStr("abc")))
