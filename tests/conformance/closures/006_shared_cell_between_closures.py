def account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        balance -= n
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = account(100)
print(dep(50), wd(30), get())
print(dep(0))
