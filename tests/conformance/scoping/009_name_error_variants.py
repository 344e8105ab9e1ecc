def use_undefined():
    return undefined_name + 1
try:
    use_undefined()
except NameError as e:
    print("NameError:", e)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
value = 1
del value
try:
    print(value)
except NameError as e:
    print("NameError:", e)
