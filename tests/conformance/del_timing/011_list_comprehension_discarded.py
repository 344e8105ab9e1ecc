class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
print(len([Noisy(i) for i in range(3)]))
print("--")
names = [Noisy(i).name for i in range(3)]
print(names)
print("--")
keep = [Noisy(i) for i in range(3)]
keep.reverse()
keep = None
print("end")
