def process():
    try:
        int("x")
    except ValueError:
        print("logging the error, then re-raising")
        raise
try:
    process()
except ValueError as e:
    print("outer caught:", e)
