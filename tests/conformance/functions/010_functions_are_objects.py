def shout(text):
    return text.upper() + "!"
yell = shout
print(yell("hi"), yell is shout, yell.__name__)
funcs = [str.lower, shout, len]
for fn in funcs:
    print(fn("Mixed"))
def apply_twice(fn, value):
    return fn(fn(value))
print(apply_twice(shout, "go"))
print(callable(shout), callable("shout"))
