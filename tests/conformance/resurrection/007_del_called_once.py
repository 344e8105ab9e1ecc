import gc
gc.collect()
calls = []
box = []
class Once:
    def __del__(self):
        calls.append("del")
        box.append(self)
o = Once()
del o
for i in range(3):
    box.clear()
    print(len(calls), gc.collect())
o = Once()
o.me = o
del o
gc.collect()
box.clear()
print(len(calls), gc.collect())
