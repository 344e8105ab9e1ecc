class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
class Box:
    pass
b = Box()
b.item = Noisy("one")
b.item = Noisy("two")
print("replaced")
del b.item
print("deleted attribute")
b.item = Noisy("three")
b.other = b.item
b.item = None
print("other still holds three")
del b
print("end")
