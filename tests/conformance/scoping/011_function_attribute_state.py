def calls():
    calls.count += 1
    return calls.count
calls.count = 0
calls()
calls()
print(calls(), calls.count)
def greet(name):
    greet.last = name
    return "hi " + name
greet("ann")
print(greet.last, hasattr(greet, "last"))
