def show(f):
    try:
        f()
    except TypeError as e:
        print(e)
class NoArgs:
    pass
class ReturnsValue:
    def __init__(self):
        return 5
class NeedsTwo:
    def __init__(self, a, b):
        pass
class Speaker:
    def speak(self):
        return "hi"
show(lambda: NoArgs(1))
show(lambda: NoArgs(key=1))
show(lambda: object(1))
show(lambda: ReturnsValue())
show(lambda: NeedsTwo(1))
show(lambda: Speaker.speak())
show(lambda: Speaker().speak(1))
show(lambda: int.__new__(5))
show(lambda: object.__new__(int))
show(lambda: type("X", 1, {}))
show(lambda: type(1, 2))
