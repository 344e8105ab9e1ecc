import weakref
class Worker:
    def run(self):
        return "ran"
w = Worker()
r = weakref.ref(w.run)
print(r())
wm = weakref.WeakMethod(w.run)
print(wm()())
print(wm() is w.run, wm() == w.run)
del w
print(wm())
