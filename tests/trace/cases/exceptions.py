# Raising, catching, the exception being handled, and a traceback that
# keeps a frame alive.
def fail(n):
    data = [n]
    raise ValueError("bad %d" % n)

def chained():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")

try:
    fail(1)
except ValueError as e:
    print("caught", e)
    err = e
print(err.__traceback__ is not None)
del err
try:
    chained()
except RuntimeError as e:
    print(type(e.__context__).__name__)
fail(2)
