balance = 10
print("balance", balance)
assert balance >= 0
balance -= 20
print("balance", balance)
assert balance >= 0
