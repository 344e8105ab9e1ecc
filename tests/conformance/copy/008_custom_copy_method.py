import copy
class Config:
    def __init__(self, name):
        print("__init__", name)
        self.name = name
        self.opts = []
    def __copy__(self):
        print("__copy__ called")
        new = Config(self.name + "-copy")
        new.opts = self.opts
        return new
c = Config("base")
c2 = copy.copy(c)
print(c2.name, c2.opts is c.opts)
c3 = copy.deepcopy(c)
print(c3.name, c3.opts is c.opts, c3.opts == c.opts)
