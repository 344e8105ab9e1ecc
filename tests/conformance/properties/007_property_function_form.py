class Celsius:
    def __init__(self, degrees=0):
        self._degrees = degrees
    def get_degrees(self):
        return self._degrees
    def set_degrees(self, value):
        self._degrees = round(value, 1)
    degrees = property(get_degrees, set_degrees, doc="Temperature in C")
    fahrenheit = property(lambda self: self._degrees * 9 / 5 + 32)
c = Celsius()
c.degrees = 36.66
print(c.degrees, c.fahrenheit)
print(Celsius.degrees.__doc__)
try:
    c.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
