class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
for i in range(3):
    try:
        raise ValueError(Noisy(i))
    except ValueError as err:
        print("caught", err.args[0].name)
print("loop done")
