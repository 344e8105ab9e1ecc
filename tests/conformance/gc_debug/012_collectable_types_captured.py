import gc
import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
gc.collect()
class Node:
    pass
n = Node()
n.items = [n]
n.table = {"n": n}
n.pair = (n, 1)
del n
cap = Capture()
sys.stderr = cap
gc.set_debug(gc.DEBUG_COLLECTABLE)
print("collected", gc.collect())
gc.set_debug(0)
sys.stderr = sys.__stderr__
for line in "".join(cap.parts).splitlines():
    print(line.split(" 0x")[0])
