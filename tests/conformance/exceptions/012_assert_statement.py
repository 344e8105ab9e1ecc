def mean(values):
    assert len(values) > 0, "mean of empty list"
    return sum(values) / len(values)
print(mean([1, 2, 3]))
try:
    mean([])
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message:", repr(e), e.args)
x = 5
assert x > 0, f"x was {x}"
print("assert passed")
