import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def drop_exception():
    local = Noisy("local")
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("handled")
    return "returned"
print(drop_exception())
print("collected", gc.collect())
