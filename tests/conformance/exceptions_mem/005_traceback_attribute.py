class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def fail():
    local = Noisy("local in fail")
    raise ValueError("x")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
print("after except")
print(tb.tb_next.tb_frame.f_code.co_name)
tb = None
print("end")
