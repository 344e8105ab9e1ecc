import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def keep_exception():
    local = Noisy("local")
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    return "returned"
print(keep_exception())
print("local still alive (frame cycle)")
print("collected", gc.collect())
