foo(1 +
