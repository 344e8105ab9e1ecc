class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def make(name):
    tmp = Noisy("tmp-" + name)
    return Noisy(name)
print("call")
obj = make("kept")
print("got", obj.name)
make("dropped")
print("after discarded call")
print(make("printed").name)
print("end")
