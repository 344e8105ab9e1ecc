print(0 or "default")
print("value" or "default")
print([] or {} or "last")
print(1 and 2 and 3)
print(1 and 0 and 3)
print(None and crash_if_evaluated)
print(True or crash_if_evaluated)
print(not 0, not "x", not [])
name = ""
print(name or "anonymous")
def loud(x):
    print("eval", x)
    return x
print(loud(0) and loud(1))
print(loud(2) or loud(3))
