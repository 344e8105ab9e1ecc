class Lazy:
    @property
    def data(self):
        return self._data
    def load(self):
        self._data = [1, 2]
obj = Lazy()
print(hasattr(obj, "data"))
try:
    obj.data
except AttributeError as e:
    print("AttributeError:", e)
obj.load()
print(hasattr(obj, "data"), obj.data)
