def make_divider(d):
    def divide(x):
        return x // d
    return divide
halve = make_divider(2)
broken = make_divider(0)
print(halve(9))
print(broken(9))
