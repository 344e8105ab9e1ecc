def run(divisor):
    print("--- divisor", divisor)
    try:
        print("try")
        result = 10 / divisor
    except ZeroDivisionError as e:
        print("except:", e)
    else:
        print("else:", result)
    finally:
        print("finally")
    print("after")
run(2)
run(0)
