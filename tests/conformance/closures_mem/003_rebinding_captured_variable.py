class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def make():
    item = Noisy("first")
    def show():
        return item.name
    print(show())
    item = Noisy("second")
    print(show())
    return show
s = make()
print(s())
del s
print("end")
