import gc
gc.collect()
class Temp:
    pass
print(Temp.__mro__[0] is Temp)
del Temp
print("empty class:", gc.collect())
class Temp2:
    data = [1, 2]
    def method(self):
        return 1
del Temp2
print("class with a list and a method:", gc.collect())
