class Token:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def f(t=Token("first")):
    return t.name
print(f())
def f(t=Token("second")):
    return t.name
print("redefined")
print(f())
g = f
del f
print("f deleted, g keeps it")
g = None
print("end")
