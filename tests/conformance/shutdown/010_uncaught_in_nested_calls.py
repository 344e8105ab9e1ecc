class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def outer():
    a = Noisy("outer local")
    inner()
def inner():
    b = Noisy("inner local")
    raise RuntimeError("deep failure")
g = Noisy("global")
outer()
