def apply_discount(price, percent):
    assert 0 <= percent <= 100, f"bad percent {percent}"
    return price * (100 - percent) / 100
print(apply_discount(50, 10))
print(apply_discount(50, 150))
