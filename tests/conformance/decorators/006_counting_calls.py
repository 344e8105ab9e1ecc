def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
@counted
def square(x):
    return x * x
for n in range(4):
    square(n)
print(square.calls)
@counted
def noop():
    pass
print(noop.calls, square.calls)
