class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        print("__len__ called")
        return len(self.items)
print(bool(Box([1])))
if Box([]):
    print("never")
else:
    print("empty box is falsy")
class Zero:
    def __bool__(self):
        return 0
try:
    bool(Zero())
except TypeError as e:
    print("TypeError:", e)
