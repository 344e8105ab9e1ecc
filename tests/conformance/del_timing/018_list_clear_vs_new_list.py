class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
a = [Noisy("a0"), Noisy("a1")]
alias = a
a = []
print("a rebound, alias keeps the items")
alias.clear()
print("cleared")
b = [Noisy("b0"), Noisy("b1"), Noisy("b2")]
del b[::2]
print("remaining", b[0].name)
b *= 0
print("end")
