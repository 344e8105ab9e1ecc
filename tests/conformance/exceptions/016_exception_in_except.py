try:
    try:
        raise KeyError("first")
    except KeyError as e:
        print("handling", repr(e))
        undefined_function()
except NameError as e:
    print("second error:", e)
    print("its context:", repr(e.__context__))
