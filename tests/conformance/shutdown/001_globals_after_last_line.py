class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
first = Noisy("first")
second = Noisy("second")
third = Noisy("third")
del second
print("last line")
