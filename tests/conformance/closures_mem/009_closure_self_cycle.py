import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def setup():
    obj = Noisy("widget")
    def handler():
        return obj.name
    obj.handler = handler
    return None
setup()
print("setup returned")
print("collected", gc.collect())
