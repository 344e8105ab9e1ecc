def shout(fn):
    def wrapper(text):
        return fn(text).upper()
    return wrapper
def greet(name):
    return "hello " + name
loud_greet = shout(greet)
print(greet("ann"), "|", loud_greet("ann"))
@shout
def farewell(name):
    return "bye " + name
print(farewell("bob"))
