def safe(fn, *args):
    try:
        return fn(*args), None
    except Exception as e:
        return None, e
results = [safe(int, "5"), safe(int, "x"), safe(divmod, 1, 0), safe(len, [1])]
for value, err in results:
    if err is None:
        print("ok", value)
    else:
        print("err", type(err).__name__, err)
