class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def make():
    captured = Noisy("captured")
    unused = Noisy("unused")
    def get():
        return captured.name
    return get
f = make()
print("outer returned")
print(f())
del f
print("end")
