class CleanupError(Exception):
    pass
class Handle:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise CleanupError("cleanup")
h = Handle()
del h
print("after")
