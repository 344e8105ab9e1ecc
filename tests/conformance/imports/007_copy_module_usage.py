import copy
class Config:
    def __init__(self):
        self.options = {"debug": False}
        self.name = "base"
base = Config()
shallow = copy.copy(base)
deep = copy.deepcopy(base)
shallow.options["debug"] = True
shallow.name = "shallow"
print(base.options, base.name)
print(deep.options, deep.name)
print(shallow.options is base.options, deep.options is base.options)
