import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def gen(box):
    res = Noisy("resource")
    try:
        yield box
    finally:
        print("finally during collection")
box = []
g = gen(box)
next(g)
box.append(g)
del g, box
print("cycle made")
print("collected", gc.collect())
