import copy
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []
a = Account("ann")
a.history.append(10)
b = copy.deepcopy(a)
b.history.append(20)
print(a.history, b.history)
print(b.owner is a.owner, type(b) is Account)
s = copy.copy(a)
s.history.append(30)
print(a.history, s.history is a.history)
s.owner = "sam"
print(a.owner, s.owner)
