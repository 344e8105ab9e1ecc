class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
try:
    raise ValueError(Noisy("payload"))
except ValueError as e:
    print("caught", e.args[0].name)
print("after except")
try:
    e
except NameError as err:
    print(type(err).__name__, err)
