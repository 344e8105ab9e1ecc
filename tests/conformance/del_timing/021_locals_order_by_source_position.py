class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("destroy", self.name)
def work():
    for i in range(2):
        if i == 1:
            a = Noisy("a: first in source, assigned second")
        else:
            b = Noisy("b: assigned first")
    print("returning")
    return work.__code__.co_varnames
print(work())
