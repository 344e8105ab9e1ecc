import gc
gc.collect()
class Noisy:
    freed = 0
    def __init__(self):
        self.me = self
    def __del__(self):
        Noisy.freed += 1
gc.set_threshold(50)
for i in range(500):
    Noisy()
print(Noisy.freed > 0)
print(Noisy.freed + gc.collect() == 500)
print(Noisy.freed)
gc.set_threshold(700, 10, 10)
