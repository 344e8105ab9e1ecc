import weakref
class Worker:
    def __init__(self, name):
        self.name = name
    def run(self):
        return self.name
def gone(wm):
    print("callback: method target gone", wm() is None)
w = Worker("w")
wm = weakref.WeakMethod(w.run, gone)
print(wm()(), type(wm).__name__)
other = weakref.WeakMethod(w.run)
print(wm == other, wm != other)
del w
print(wm(), other(), wm == other)
