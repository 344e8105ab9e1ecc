items = [("Coffee", 2, 3.5), ("Bagel", 1, 2.25), ("Orange juice", 3, 4.0)]
width = 32
print("RECEIPT".center(width, "="))
for name, qty, price in items:
    line_total = qty * price
    print("{:<16}{:>3} x{:>5.2f}{:>7.2f}".format(name, qty, price, line_total))
subtotal = sum(q * p for _, q, p in items)
tax = subtotal * 0.08
print("-" * width)
print("{:<24}{:>8.2f}".format("Subtotal", subtotal))
print("{:<24}{:>8.2f}".format("Tax (8%)", tax))
print("{:<24}{:>8.2f}".format("TOTAL", subtotal + tax))
