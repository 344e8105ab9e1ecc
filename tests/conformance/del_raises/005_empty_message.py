class Bad:
    def __del__(self):
        raise RuntimeError
b = Bad()
b = None
print("after")
class Quiet:
    def __del__(self):
        raise StopIteration
q = Quiet()
del q
print("end")
