# An exception no handler matches is re-raised once (RERAISE) and leaves the
# try statement; the handler search uses the instruction that re-raises, not
# the line it reports.
def named():
    try:
        undefined_name
    except TypeError as x:
        print("not here", x)


def unnamed():
    try:
        raise KeyError("k")
    except (TypeError, ValueError):
        print("not here")


def nested():
    try:
        try:
            [][1]
        except KeyError:
            print("not here")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer caught", type(e).__name__, e)


for f in (named, unnamed):
    try:
        f()
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
nested()
try:
    undefined_name
except TypeError as x:
    print("not here")
