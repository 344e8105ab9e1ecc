def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C: pass
class I(int): pass
class F(float): pass
show(lambda: (1).__format__())
show(lambda: (1).__format__(None))
show(lambda: (1).__format__("", ""))
show(lambda: (1).__format__(format_spec=""))
show(lambda: (1.5).__format__(1))
show(lambda: (1.5).__format__())
show(lambda: (1.5).__format__(".1f", x=1))
show(lambda: True.__format__(None))
show(lambda: True.__format__(""))
show(lambda: True.__format__("d"))
show(lambda: I(3).__format__("x"))
show(lambda: F(3).__format__(""))
show(lambda: object().__format__())
show(lambda: object().__format__(None))
show(lambda: object().__format__("", ""))
show(lambda: C().__format__("x"))
show(lambda: C().__format__("") == str(C()))
show(lambda: object.__format__(5, "d"))
show(lambda: int.__format__(5.0, ""))
show(lambda: float.__format__(5, ""))
show(lambda: format(C(), "x"))
show(lambda: format([], "x"))
show(lambda: format(None, "x"))
show(lambda: format(I(3), ""))
