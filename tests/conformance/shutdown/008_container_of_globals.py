import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
items = [Noisy("item0"), Noisy("item1"), Noisy("item2")]
table = {"a": Noisy("value a"), "b": Noisy("value b")}
print("end")
