class Cache:
    def __init__(self):
        self._value = None
    @property
    def value(self):
        print("get")
        return self._value
    @value.setter
    def value(self, v):
        print("set", v)
        self._value = v
    @value.deleter
    def value(self):
        print("delete")
        self._value = None
c = Cache()
c.value = 42
print(c.value)
del c.value
print(c.value)
