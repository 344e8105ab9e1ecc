class Res:
    def __del__(self):
        print("Res freed")
def make():
    def inner(r=Res()):
        return r
    return inner
f = make()
print("inner made")
h = make()
print("second inner made")
del f
print("first deleted")
h = None
print("end")
