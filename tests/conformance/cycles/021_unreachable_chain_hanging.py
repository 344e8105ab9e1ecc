import gc
gc.collect()
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
root = D("root")
root.me = root
root.child = D("child")
root.child.grand = D("grand")
del root
print("collected", gc.collect())
