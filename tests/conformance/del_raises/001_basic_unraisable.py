class Bad:
    def __del__(self):
        print("in __del__")
        raise ValueError("boom")
b = Bad()
del b
print("continues after refcount death")
x = [Bad(), Bad()]
x.clear()
print("end")
