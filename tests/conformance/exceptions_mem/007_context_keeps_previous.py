class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
try:
    try:
        raise KeyError(Noisy("first payload"))
    except KeyError:
        raise ValueError(Noisy("second payload"))
except ValueError as e:
    print("context:", type(e.__context__).__name__)
    kept = e
print("after handlers")
kept = None
print("end")
