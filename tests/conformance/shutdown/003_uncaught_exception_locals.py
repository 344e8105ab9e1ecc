class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
keep = Noisy("global")
def fail():
    local = Noisy("local in failing frame")
    return {}["missing"]
print("calling")
fail()
print("not printed")
