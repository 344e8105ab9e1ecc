class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def keeper():
    current = None
    while True:
        new = yield (current.name if current else None)
        current = new
g = keeper()
print(next(g))
print(g.send(Noisy("a")))
print(g.send(Noisy("b")))
print(g.send(None))
print("closing")
g.close()
print("end")
