counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(label, ident=next_id()):
    return (label, ident)
print(make("a"), make("b"), make("c", 99))
print("counter:", counter)
