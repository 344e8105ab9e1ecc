# Raising, catching, the exception being handled, and a traceback that
# keeps a frame (and its locals) alive.
def fail(n):
    data = [n]
    raise ValueError("bad %d" % n)

try:
    fail(1)
except ValueError as e:
    print("caught", e)
    err = e
print(err.__traceback__ is not None)
del err
try:
    {}["missing"]
except KeyError:
    print("no such key")
fail(2)
