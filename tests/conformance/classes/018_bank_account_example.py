class InsufficientFunds(Exception):
    pass
class BankAccount:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
acct = BankAccount("ann", 100)
acct.deposit(50)
acct.withdraw(30)
try:
    acct.withdraw(500)
except InsufficientFunds as e:
    print("refused:", e)
print(acct.balance, acct.history)
