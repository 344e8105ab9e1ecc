# Annotations that use generics and unions are evaluated when the def runs
# (no `from __future__ import annotations`), as a learner's typed code does.
def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, ...]:
    return x
print(f([1]), f.__annotations__)
x: list[str] = []
scores: dict[str, list[float]] = {"ann": [1.5]}
print(__annotations__)
def g(*args: int | str, **kw: set[frozenset[int]]) -> type[int] | None:
    return None
print(g.__annotations__)
class Point:
    x: int
    y: "float | None" = None
    tags: list[str]
print(Point.__annotations__, len.__module__, print.__qualname__)
