class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class Registry:
    items = [D("class list item")]
    single = D("class attribute")
def make():
    held = D("closure cell")
    def get():
        return held
    return get
getter = make()
plain = D("plain global")
print("end")
