def first_items(iterables):
    for it in iterables:
        yield next(iter(it))
print(list(first_items(["ab", [1, 2]])))
try:
    print(list(first_items(["ab", []])))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__)
