def logged(fn):
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{fn.__name__}{args}")
        return fn(self, *args)
    return wrapper
class Account:
    def __init__(self):
        self.balance = 0
    @logged
    def deposit(self, amount):
        self.balance += amount
        return self.balance
a = Account()
a.deposit(10)
print(a.deposit(5))
