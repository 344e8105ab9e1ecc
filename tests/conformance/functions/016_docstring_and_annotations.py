def scale(value: float, factor: float = 2.0) -> float:
    """Multiply value by factor."""
    return value * factor
print(scale(3), scale(3, 0.5))
print(scale.__annotations__)
print(scale.__doc__)
x: int = 5
y: str
print(x)
