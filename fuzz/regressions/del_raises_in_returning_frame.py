class Bad:
    def __del__(self):
        raise ValueError("x")
def scope():
    local = Bad()
    return 1
scope()
