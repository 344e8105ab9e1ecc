def make_counter(step):
    count = 0
    def increment():
        nonlocal count
        count += step
        return count
    return increment
good = make_counter(2)
print(good(), good())
bad = make_counter("x")
print(bad())
