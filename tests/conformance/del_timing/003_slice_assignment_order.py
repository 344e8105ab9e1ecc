class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
l = [Noisy(i) for i in range(6)]
print("l[1:4] = []")
l[1:4] = []
print("l[0:2] = ['x']")
l[0:2] = ["x"]
print("l[:] = []")
l[:] = []
print("len", len(l))
