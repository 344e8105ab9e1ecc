import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
class Config:
    default = Noisy("class attribute")
del Config
print("class deleted, attribute still alive")
gc.collect()
print("after collect")
