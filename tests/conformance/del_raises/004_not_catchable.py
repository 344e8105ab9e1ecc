class Bad:
    def __del__(self):
        raise ValueError("cannot catch me")
try:
    b = Bad()
    del b
    print("del done")
except ValueError:
    print("never printed")
print("no exception escaped")
def scope():
    local = Bad()
    return "returned"
try:
    print(scope())
except ValueError:
    print("never printed either")
