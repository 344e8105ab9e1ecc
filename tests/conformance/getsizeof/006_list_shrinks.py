import sys
items = list(range(100))
print(sys.getsizeof(items))
while len(items) > 10:
    items.pop()
print(sys.getsizeof(items))
items.clear()
print(sys.getsizeof(items))
more = [1, 2, 3, 4]
del more[:]
print(sys.getsizeof(more))
