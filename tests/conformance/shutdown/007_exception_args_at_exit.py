class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
g = Noisy("global")
print("raising")
raise ValueError(Noisy("payload"))
