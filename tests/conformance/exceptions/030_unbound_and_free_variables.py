def counter():
    count += 1
try:
    counter()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
def outer():
    def inner():
        return value
    try:
        print(inner())
    except NameError as e:
        print(type(e).__name__, "|", e)
    value = 10
    print(inner())
outer()
def deleted():
    x = 1
    del x
    return x
try:
    deleted()
except UnboundLocalError as e:
    print(e)
try:
    del undefined_thing
except NameError as e:
    print(e)
print(issubclass(UnboundLocalError, NameError))
