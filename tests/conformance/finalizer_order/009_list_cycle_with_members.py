import gc
gc.collect()
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
a = Noisy("a")
b = Noisy("b")
bucket = [b, a]
bucket.append(bucket)
c = Noisy("c")
bucket.insert(0, c)
del a, b, c, bucket
print("collected", gc.collect())
