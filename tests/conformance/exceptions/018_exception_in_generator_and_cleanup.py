def numbers():
    try:
        yield 1
        yield 2
        raise ValueError("generator failed")
    finally:
        print("generator cleanup")
got = []
try:
    for n in numbers():
        got.append(n)
except ValueError as e:
    print("caught:", e)
print(got)
