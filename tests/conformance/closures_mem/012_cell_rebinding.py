import sys
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
def counter():
    box = D("first box")
    def swap(name):
        nonlocal box
        box = D(name)
        return box.name
    return swap
s = counter()
print(s("second box"))
print(s("third box"))
print(sys.getrefcount(s.__closure__[0].cell_contents))
del s
print("end")
