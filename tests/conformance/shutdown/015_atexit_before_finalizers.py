import atexit
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
g = D("global")
def first():
    print("atexit first registered")
def second(arg):
    print("atexit second registered", arg)
atexit.register(first)
atexit.register(second, "x")
print("end")
