def make_op(symbol):
    table = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "max": lambda a, b: a if a > b else b,
    }
    return table[symbol]
print(make_op("+")(2, 3), make_op("-")(2, 3), make_op("max")(2, 3))
offset = 100
shift = lambda x: x + offset
print(shift(1))
offset = 200
print(shift(1))
