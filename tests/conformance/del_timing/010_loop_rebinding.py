class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
for i in range(3):
    n = Noisy(i)
    print("made", i)
print("loop done")
del n
for m in [Noisy("x"), Noisy("y")]:
    print("visit", m.name)
print("after second loop")
m = None
print("end")
