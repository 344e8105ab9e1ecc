def outer():
    x = 1
    def inner():
        x += 1
        return x
    return inner
try:
    outer()()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(issubclass(UnboundLocalError, NameError))
