import sys
class AppError(Exception):
    pass
try:
    raise AppError("x")
except AppError as e:
    print(sys.getrefcount(e))
    kept = e
    print(sys.getrefcount(e))
print(sys.getrefcount(kept))
def handler():
    try:
        raise AppError("y")
    except AppError as e:
        return sys.getrefcount(e)
print(handler())
