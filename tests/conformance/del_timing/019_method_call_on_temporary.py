class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
    def me(self):
        return self
    def child(self):
        return Noisy(self.name + ".child")
c = Noisy("parent").child()
print("kept", c.name)
same = Noisy("chained").me().me()
print("kept", same.name)
del c, same
print("end")
