# A byte that is not UTF-8 (the line is read for tracebacks before the
# lexer rejects it: fuzz_pipeline found a read past the buffer).
x = 1
y = "ÿ"
