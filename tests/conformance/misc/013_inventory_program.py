inventory = {}
def restock(name, qty):
    inventory[name] = inventory.get(name, 0) + qty
def sell(name, qty):
    have = inventory.get(name, 0)
    if qty > have:
        print(f"cannot sell {qty} {name}, only {have}")
        return False
    inventory[name] = have - qty
    if inventory[name] == 0:
        del inventory[name]
    return True
restock("apple", 5)
restock("pear", 2)
print(sell("apple", 3), sell("pear", 5), sell("pear", 2))
print(inventory)
