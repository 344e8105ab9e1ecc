class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
s = Stack()
for x in "abc":
    s.push(x)
print(s, len(s), s.peek())
print(s.pop(), s.pop(), s)
s.pop()
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
