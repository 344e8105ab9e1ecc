log = []
class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
        raise ValueError(self.name)
for name in ["a", "b", "c"]:
    obj = Bad(name)
obj = None
print(log)
