class BadIter:
    def __iter__(self):
        return 5
class NegLen:
    def __len__(self):
        return -1
class StrLen:
    def __len__(self):
        return "3"
class IntBool:
    def __bool__(self):
        return 1
class BadRepr:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return None
class NoHash:
    __hash__ = None
class BadIndex:
    def __index__(self):
        return 1.5
def show(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
show(lambda: iter(BadIter()))
show(lambda: len(NegLen()))
show(lambda: len(StrLen()))
show(lambda: bool(IntBool()))
show(lambda: repr(BadRepr()))
show(lambda: str(BadStr()))
show(lambda: hash(NoHash()))
show(lambda: {NoHash(): 1})
show(lambda: [1, 2][BadIndex()])
show(lambda: not IntBool())
