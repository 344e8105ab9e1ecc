import gc
gc.collect()
gc.disable()
class Noisy:
    made = 0
    def __init__(self):
        Noisy.made += 1
        self.me = self
    def __del__(self):
        Noisy.made -= 1
for i in range(1000):
    Noisy()
print("alive while disabled:", Noisy.made)
gc.enable()
print("collected:", gc.collect())
print("alive after collect:", Noisy.made)
