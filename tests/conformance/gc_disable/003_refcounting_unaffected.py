import gc
gc.disable()
class Noisy:
    def __del__(self):
        print("freed")
x = Noisy()
print("disabled:", not gc.isenabled())
del x
print("after del")
y = [Noisy(), Noisy()]
y.clear()
print("end")
gc.enable()
