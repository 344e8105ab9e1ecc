class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        raise ValueError(f"cannot delete {self.name}")
a = Noisy("first")
a = None
print("program continues")
b = Noisy("second")
del b
print("end")
