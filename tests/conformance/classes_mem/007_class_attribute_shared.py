class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
class Holder:
    shared = Noisy("shared")
a = Holder()
b = Holder()
print(a.shared is b.shared is Holder.shared)
a.shared = Noisy("own")
print(a.shared.name, b.shared.name)
del a.shared
print(a.shared.name)
Holder.shared = None
print("class attribute replaced")
