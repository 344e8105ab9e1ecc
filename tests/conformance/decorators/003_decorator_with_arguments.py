def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def roll(label):
    return label + "!"
print(roll("go"))
@repeat(times=2)
def pair():
    return "x"
print(pair())
