def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
for expr in ["3 + 4", "10 - 7", "6 * 7", "8 / 2"]:
    left, op, right = expr.split()
    handler = ops.get(op)
    if handler is None:
        print(expr, "-> unsupported operator", repr(op))
    else:
        print(expr, "->", handler(int(left), int(right)))
