class Worker:
    def run(self):
        return "ran"
w = Worker()
print(w.run is w.run, w.run == w.run)
m = w.run
print(m.__self__ is w, m.__func__ is Worker.run)
print(m(), Worker.run(w))
other = Worker()
print(other.run == w.run, other.run.__func__ is m.__func__)
