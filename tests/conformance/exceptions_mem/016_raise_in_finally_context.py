class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
def run():
    try:
        raise KeyError(D("first"))
    finally:
        print("finally runs")
try:
    run()
except KeyError as e:
    print("caught", e.args[0].name)
print("after handler")
try:
    try:
        raise ValueError(D("inner"))
    except ValueError:
        raise TypeError(D("outer")) from None
except TypeError as e:
    print(e.__suppress_context__, e.__context__.args[0].name)
print("end")
