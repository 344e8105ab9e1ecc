class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
funcs = []
for i in range(3):
    obj = Noisy(i)
    funcs.append(lambda o=obj: o.name)
del obj
print([f() for f in funcs])
funcs.pop(0)
print("popped first")
funcs.clear()
print("end")
