price = 9.99
print(f"price: {price:.2f}")
print(f"price: {price:d}")
