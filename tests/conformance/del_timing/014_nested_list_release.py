class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
grid = [[Noisy("r0c0"), Noisy("r0c1")], [Noisy("r1c0"), Noisy("r1c1")]]
print("drop grid")
grid = None
print("--")
t = (Noisy("t0"), [Noisy("t1a"), Noisy("t1b")], Noisy("t2"))
print("drop tuple")
del t
print("end")
