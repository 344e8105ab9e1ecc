def try_format(value, spec):
    try:
        return format(value, spec)
    except ValueError as e:
        return f"ValueError: {e}"
print(try_format(3.5, "d"))
print(try_format("abc", "d"))
print(try_format(42, "s"))
print(try_format("x", ","))
print(try_format(7, ".2f"))
print(try_format(7, "q"))
