errors = [lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("x")]
for fn in errors:
    try:
        fn()
    except ArithmeticError as e:
        print("ArithmeticError branch:", type(e).__name__)
    except LookupError as e:
        print("LookupError branch:", type(e).__name__, e)
    except Exception as e:
        print("Exception branch:", type(e).__name__)
