def nothing():
    pass
def bare_return():
    return
def many():
    return 1, "two", [3]
def early(n):
    if n > 0:
        return "positive"
print(nothing(), bare_return())
a, b, c = many()
print(a, b, c, many())
print(early(5), early(-5))
