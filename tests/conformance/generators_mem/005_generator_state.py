import gc
def gen():
    yield 1
g = gen()
print(g.gi_frame is not None, g.gi_running, g.gi_suspended)
next(g)
print(g.gi_frame is not None, g.gi_suspended)
print(next(g, "done"))
print(g.gi_frame, g.gi_suspended)
print(gc.is_tracked(g))
