stock = {"apples": 5, "pears": 0, "plums": 12}
for name, qty in stock.items():
    print(name, qty)
for name in stock.keys():
    print(name.upper())
print(sum(stock.values()))
for name in list(stock):
    if stock[name] == 0:
        del stock[name]
print(stock)
