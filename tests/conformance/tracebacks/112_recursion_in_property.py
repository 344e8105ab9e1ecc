class Celsius:
    @property
    def value(self):
        return self.value + 0
print(Celsius().value)
