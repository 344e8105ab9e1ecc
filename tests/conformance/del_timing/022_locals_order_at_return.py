class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
def work(param):
    late = None
    early = D("early")
    late = D("late")
    middle = D("middle")
    print("returning")
    return "result"
print(work(D("param")))
def only_rebinding():
    x = D("x1")
    x = D("x2")
    print("rebound")
only_rebinding()
print("end")
