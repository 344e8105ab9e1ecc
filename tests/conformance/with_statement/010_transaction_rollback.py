class Transaction:
    def __init__(self, data):
        self.data = data
    def __enter__(self):
        self.snapshot = dict(self.data)
        return self.data
    def __exit__(self, exc_type, exc, tb):
        if exc_type:
            self.data.clear()
            self.data.update(self.snapshot)
            print("rolled back because", exc)
            return True
        print("committed")
account = {"balance": 100}
with Transaction(account) as acc:
    acc["balance"] -= 30
print(account)
with Transaction(account) as acc:
    acc["balance"] -= 500
    if acc["balance"] < 0:
        raise ValueError("overdraft")
print(account)
