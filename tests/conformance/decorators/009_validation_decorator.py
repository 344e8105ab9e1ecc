def require_positive(fn):
    def wrapper(*args):
        for a in args:
            if a <= 0:
                raise ValueError(f"{fn.__name__} needs positive args, got {a}")
        return fn(*args)
    return wrapper
@require_positive
def area(w, h):
    return w * h
print(area(3, 4))
try:
    area(3, -1)
except ValueError as e:
    print("ValueError:", e)
