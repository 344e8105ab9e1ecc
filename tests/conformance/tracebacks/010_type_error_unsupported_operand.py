prices = [10, 20]
print("prices:", prices)
tax = "5"
print("tax:", tax, type(tax).__name__)
subtotal = sum(prices)
print("subtotal:", subtotal)
total = subtotal + tax
