def bucket(n):
    return "tiny" if n < 10 else "medium" if n < 100 else "huge"
def bucket2(n):
    if n < 10:
        return "tiny"
    elif n < 100:
        return "medium"
    return "huge"
for n in [5, 50, 500]:
    print(n, bucket(n), bucket(n) == bucket2(n))
