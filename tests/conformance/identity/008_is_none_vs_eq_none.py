class Weird:
    def __eq__(self, other):
        return True
w = Weird()
print(w == None, w is None)
x = None
print(x is None, x == None)
class Sane:
    pass
s = Sane()
print(s == None, s is not None)
print(not w is None, w is not None)
