balance = 10
balance -= 20
assert balance >= 0
