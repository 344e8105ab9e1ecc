class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def load():
    try:
        raise KeyError(Noisy("low-level"))
    except KeyError as low:
        raise RuntimeError("load failed") from low
try:
    load()
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)
    print(e.__cause__.args[0].name)
print("end")
