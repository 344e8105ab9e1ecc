import weakref
class Account:
    def __init__(self):
        self.balance = 10
    def deposit(self, n):
        self.balance += n
        return self.balance
acc = Account()
p = weakref.proxy(acc)
print(p.balance, p.deposit(5), acc.balance)
p.balance = 1
print(acc.balance, weakref.getweakrefcount(acc))
del acc
try:
    p.balance
except ReferenceError as e:
    print("ReferenceError", e)
