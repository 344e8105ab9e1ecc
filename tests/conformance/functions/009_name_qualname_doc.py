def area(w, h):
    """Return the area of a w-by-h rectangle."""
    return w * h
print(area.__name__)
print(area.__qualname__)
print(area.__doc__)
def no_doc():
    return 1
print(no_doc.__doc__)
class Shape:
    def perimeter(self):
        "Sum of the sides."
        return 0
print(Shape.perimeter.__name__, Shape.perimeter.__qualname__, Shape.perimeter.__doc__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
