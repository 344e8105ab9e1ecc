foo(a,
b c
