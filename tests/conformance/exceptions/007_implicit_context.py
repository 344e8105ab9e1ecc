try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e))
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__)
