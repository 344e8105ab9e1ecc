class ShopError(Exception):
    pass
class OutOfStock(ShopError):
    def __init__(self, item):
        super().__init__(f"{item} is out of stock")
        self.item = item
class PaymentFailed(ShopError):
    pass
def buy(item, money):
    if item == "gold":
        raise OutOfStock(item)
    if money < 10:
        raise PaymentFailed("not enough money", money)
    return "bought " + item
for item, money in [("bread", 20), ("gold", 100), ("milk", 5)]:
    try:
        print(buy(item, money))
    except ShopError as e:
        print(type(e).__name__, "|", e, "|", e.args)
