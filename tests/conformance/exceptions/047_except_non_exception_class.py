class NotAnError:
    pass
try:
    try:
        1 / 0
    except NotAnError:
        print("never")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        [][0]
    except (IndexError, 5):
        print("caught IndexError first in the tuple")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        {}["k"]
    except (ValueError, "oops"):
        print("never")
except TypeError as e:
    print("TypeError:", e)
