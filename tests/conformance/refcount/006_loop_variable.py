import sys
class Thing:
    pass
t = Thing()
base = sys.getrefcount(t)
items = [t]
print(sys.getrefcount(t) - base)
for item in items:
    print("inside loop:", sys.getrefcount(t) - base)
print("after loop:", sys.getrefcount(t) - base)
del item
print("after del item:", sys.getrefcount(t) - base)
for i in range(2):
    print("range loop:", sys.getrefcount(t) - base)
