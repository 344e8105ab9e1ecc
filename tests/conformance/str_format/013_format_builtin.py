def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return str(self.cents)
        if spec == "$":
            return "$" + str(self.cents // 100) + "." + str(self.cents % 100).zfill(2)
        return "Money(" + spec + ")"

class Plain:
    def __str__(self):
        return "plain"

class BadFormat:
    def __format__(self, spec):
        return 42

m = Money(1234)
show(lambda: format(m))
show(lambda: format(m, "$"))
show(lambda: format(m, "xyz"))
show(lambda: "{:$} and {}".format(m, m))
show(lambda: format(Plain()))
show(lambda: format(Plain(), ""))
show(lambda: "{}".format(Plain()))
show(lambda: format(Plain(), "x"))
show(lambda: format(object(), "x"))
show(lambda: format(None, ""))
show(lambda: format(None, ">5"))
show(lambda: format([1], ""))
show(lambda: format(BadFormat()))
show(lambda: format(1, 1))
show(lambda: format(1, spec=1))
show(lambda: object().__format__(1))
show(lambda: object().__format__("x"))
show(lambda: (1).__format__(1))
show(lambda: (1.5).__format__(""))
show(lambda: "s".__format__(">3"))
