from __future__ import annotations
def f(a: Foo) -> Bar:
    x: Baz = 1
class C:
    y: Qux
