import sys
class Ctx:
    def __enter__(self):
        print("enter", sys.getrefcount(self))
        return self
    def __exit__(self, *exc):
        print("exit", sys.getrefcount(self))
        return False
c = Ctx()
print(sys.getrefcount(c))
with c as same:
    print("body", sys.getrefcount(c), same is c)
print("after", sys.getrefcount(c))
with Ctx():
    print("temporary manager")
