class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
n = Noisy("shared")
holders = [n, {"k": n}, (n,)]
del n
print("name deleted")
holders.pop(0)
print("list slot gone")
holders.pop(0)
print("dict gone")
holders.pop()
print("end")
