e = "before"
try:
    raise ValueError("inside")
except ValueError as e:
    print("caught", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    try:
        exc
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
    return saved
print(repr(f()))
