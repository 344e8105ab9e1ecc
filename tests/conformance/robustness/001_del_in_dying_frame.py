# A __del__ run while a returning (or unwinding) function clears its locals
# sees the function's caller as its own caller, not the dying frame (CPython's
# GH-99729); that frame must not be materialized and then leaked (fuzz_pipeline).
class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        try:
            raise KeyError(self.name)
        except KeyError as e:
            caller = e.__traceback__.tb_frame.f_back
            print(self.name, "dies, caller:", caller.f_code.co_name)
def returns():
    local = Bad("local of returns")
    return "returned"
def raises():
    local = Bad("local of raises")
    raise KeyError("from raises")
print(returns())
try:
    raises()
except KeyError as e:
    print("caught", e)
def nested():
    return returns()
print(nested())
