class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
g = Noisy("global")
def leave():
    local = Noisy("local")
    raise SystemExit(3)
print("leaving")
leave()
print("not printed")
