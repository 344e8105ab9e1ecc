import gc
gc.collect()
for i in range(4):
    gc.collect(0)
    print(gc.get_count()[1:])
for i in range(3):
    gc.collect(1)
    print(gc.get_count()[1:])
gc.collect()
print(gc.get_count())
