import gc
gc.collect()
saved = []
class Acc:
    def __init__(self):
        self.items = [1, 2]
        self.me = self
    def __del__(self):
        self.items.append("seen by __del__")
        saved.append(self)
a = Acc()
del a
print(gc.collect())
print(saved[0].items, saved[0].me is saved[0])
