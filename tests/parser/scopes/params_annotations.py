def f(a: int, *b: str, c: float = 1.0, **d: dict) -> None:
    pass
