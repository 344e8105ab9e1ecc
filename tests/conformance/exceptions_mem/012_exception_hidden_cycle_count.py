import gc
gc.collect()
def keep_exception():
    try:
        raise ValueError("v")
    except ValueError as e:
        saved = e
    return None
keep_exception()
print(gc.collect())
def keep_on_list(store):
    try:
        raise ValueError("w")
    except ValueError as e:
        store.append(e)
box = []
keep_on_list(box)
print(gc.collect(), len(box))
box.clear()
print(gc.collect())
