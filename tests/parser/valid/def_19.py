def f() -> int: pass
