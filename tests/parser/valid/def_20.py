def f(a: 'x') -> 'y': pass
