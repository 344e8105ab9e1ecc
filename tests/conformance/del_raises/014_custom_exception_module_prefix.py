class Problem(Exception):
    pass
class Bad:
    def __del__(self):
        raise Problem()
Bad()
print("after temporary")
class Worse:
    def __del__(self):
        raise Problem("with", "args")
w = Worse()
w = None
print("end")
