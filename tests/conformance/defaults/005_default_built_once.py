class Counter:
    made = 0
    def __init__(self):
        Counter.made += 1
        print("Counter made", Counter.made)
print("before def")
def use(c=Counter()):
    return c
print("after def")
a = use()
b = use()
print(a is b, Counter.made)
use(Counter())
print(Counter.made)
