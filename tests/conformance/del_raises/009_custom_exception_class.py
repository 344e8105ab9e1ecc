class CleanupError(Exception):
    pass
class Resource:
    def __del__(self):
        raise CleanupError("could not release")
r = Resource()
del r
print("end")
