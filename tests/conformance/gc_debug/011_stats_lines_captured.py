import gc
import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
def masked(line):
    words = []
    for w in line.split():
        digits = w.rstrip("s,.").replace(".", "")
        words.append("#" if digits.isdigit() else w)
    return " ".join(words)
gc.collect()
class Node:
    pass
a = Node()
b = Node()
a.b = b
b.a = a
del a, b
cap = Capture()
sys.stderr = cap
gc.set_debug(gc.DEBUG_STATS)
found = gc.collect()
gc.set_debug(0)
sys.stderr = sys.__stderr__
print("collect returned", found)
lines = "".join(cap.parts).splitlines()
print(lines[0])
for line in lines[1:3]:
    print(masked(line))
print(lines[-1].split(",")[0], "|", lines[-1].split(",")[1])
