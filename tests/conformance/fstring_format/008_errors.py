def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

n = 5
s = "str"
o = object()
show(lambda: f"{n:q}")
show(lambda: f"{s:d}")
show(lambda: f"{o:>5}")
show(lambda: f"{n:,s}")
show(lambda: f"{s:=5}")
show(lambda: f"{s:+}")
show(lambda: f"{n:.2d}")
show(lambda: f"{1.5:c}")
show(lambda: f"{n:{'x' * 2}}")
class Bad:
    def __format__(self, spec):
        return None
show(lambda: f"{Bad()}")
class Raises:
    def __format__(self, spec):
        raise RuntimeError("format failed: " + spec)
show(lambda: f"{Raises():abc}")
