log = ["start"]
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
        print("destroy", self.name, "log has", len(log))
one = Noisy("one")
two = Noisy("two")
print("end")
