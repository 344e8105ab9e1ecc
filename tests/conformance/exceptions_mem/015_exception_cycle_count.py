import gc
gc.collect()
def fail():
    local_list = [1, 2]
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return "done"
print(fail())
print("collected", gc.collect())
def fail_clean():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
        del err
    return "clean"
print(fail_clean())
print("collected", gc.collect())
