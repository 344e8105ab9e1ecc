import gc
gc.collect()
class Worker:
    def run(self):
        return "ran"
w = Worker()
w.task = w.run
print(w.task())
del w
print(gc.collect())
w2 = Worker()
w2.task = Worker.run
del w2
print(gc.collect())
