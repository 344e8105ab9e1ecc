import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
        self.callback = self.report
    def report(self):
        return self.name
    def __del__(self):
        print("destroy", self.name)
n = Noisy("self-referencing")
print(n.callback())
del n
print("not yet destroyed")
print("collected", gc.collect())
