rate = 0.1
def price_with_tax(price, rate=0.2):
    return round(price * (1 + rate), 2)
print(price_with_tax(100), rate)
def uses_global(price):
    return round(price * (1 + rate), 2)
print(uses_global(100))
rate = 0.5
print(uses_global(100), price_with_tax(100))
def rebinding_param(items):
    items = items + [99]
    return items
data = [1]
print(rebinding_param(data), data)
