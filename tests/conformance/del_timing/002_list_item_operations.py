class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
l = [Noisy("a"), Noisy("b"), Noisy("c"), Noisy("d")]
print("replace l[0]")
l[0] = None
print("del l[1]")
del l[1]
print("pop")
l.pop()
print("pop and keep")
kept = l.pop()
print("len", len(l))
kept = 0
print("end")
