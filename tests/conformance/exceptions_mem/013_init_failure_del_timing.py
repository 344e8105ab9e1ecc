class Res:
    def __del__(self):
        print("Res freed")
class Widget:
    def __init__(self):
        self.res = Res()
        raise ValueError("no widget")
    def __del__(self):
        print("Widget.__del__")
try:
    w = Widget()
except ValueError as e:
    print("in handler:", e)
print("after handler")
try:
    w
except NameError:
    print("w was never bound")
