class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def build():
    funcs = []
    for i in range(3):
        obj = Noisy(i)
        funcs.append(lambda: obj.name)
    return funcs
fs = build()
print([f() for f in fs])
print(fs[0].__closure__[0] is fs[2].__closure__[0])
del fs
print("end")
