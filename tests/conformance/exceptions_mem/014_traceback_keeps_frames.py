import gc
import sys
gc.collect()
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
def level2():
    two = D("level2 local")
    raise ValueError("deep")
def level1():
    one = D("level1 local")
    level2()
try:
    level1()
except ValueError as e:
    saved = e
print("handler done, locals alive")
tb = saved.__traceback__
depth = 0
while tb:
    depth += 1
    tb = tb.tb_next
print("traceback entries", depth)
saved = None
print("saved dropped, cycle remains:", gc.collect())
print("end")
