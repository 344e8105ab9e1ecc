class Pair:
    def __enter__(self):
        return (1, 2, 3)
    def __exit__(self, *exc):
        print("exit got", exc[0].__name__ if exc[0] else None)
with Pair() as (a, b):
    print(a, b)
