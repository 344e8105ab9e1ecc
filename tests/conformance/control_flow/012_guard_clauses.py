def withdraw(balance, amount):
    if amount <= 0:
        return balance, "amount must be positive"
    if amount > balance:
        return balance, "insufficient funds"
    return balance - amount, "ok"
balance = 100
for amount in [30, -5, 200, 70, 1]:
    balance, status = withdraw(balance, amount)
    print(f"withdraw {amount:>4}: {status:<20} balance={balance}")
