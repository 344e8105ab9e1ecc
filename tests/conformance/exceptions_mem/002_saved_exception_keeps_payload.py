class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
saved = None
try:
    raise ValueError(Noisy("payload"))
except ValueError as e:
    saved = e
print("after except, payload alive:", saved.args[0].name)
saved = None
print("end")
