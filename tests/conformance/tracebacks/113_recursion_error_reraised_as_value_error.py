def walk(n):
    return walk(n + 1)
def safe_walk():
    try:
        walk(0)
    except RecursionError as e:
        raise ValueError("structure too deep") from e
safe_walk()
