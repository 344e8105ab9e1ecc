class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
    def label(self):
        return "label of " + self.name
print(Noisy("temp").label())
text = Noisy("other").label()
print(text)
def run():
    return Noisy("in function").label()
print(run())
