count: int = 0
name: str = "ann"
values: list = []
values.append(count)
print(count, name, values)
def area(r: float) -> float:
    return 3.14 * r * r
print(area(2))
class Point:
    x: int
    y: int = 0
print(Point.y, hasattr(Point, "x"))
print(Point.__annotations__)
