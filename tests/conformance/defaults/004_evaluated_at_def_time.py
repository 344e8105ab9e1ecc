limit = 10
def check(n, bound=limit):
    return n < bound
limit = 100
print(check(50), check(50, limit))
items = [1]
def show(x=items):
    return x
items.append(2)
items = ["rebound"]
print(show())
print(show() is items)
