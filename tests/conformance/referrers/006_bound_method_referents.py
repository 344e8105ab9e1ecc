import gc
class Worker:
    def run(self):
        return 1
w = Worker()
m = w.run
refs = gc.get_referents(m)
print(len(refs), refs[0] is Worker.run, refs[1] is w)
found = gc.get_referrers(w)
print(any(f is m for f in found))
