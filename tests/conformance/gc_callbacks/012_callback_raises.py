import gc
gc.collect()
def bad(phase, info):
    if phase == "stop":
        raise ValueError("callback failed")
def good(phase, info):
    print("good", phase, info["collected"])
gc.callbacks.extend([bad, good])
print("collect returned", gc.collect())
gc.callbacks.clear()
print("end")
