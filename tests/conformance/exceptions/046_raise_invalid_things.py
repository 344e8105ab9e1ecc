def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def raise_int():
    raise 5
def raise_str():
    raise "error"
def raise_class_not_exc():
    class NotAnError:
        pass
    raise NotAnError
def raise_bad_cause():
    raise ValueError("x") from 5
def bare_raise():
    raise
def raise_type():
    raise TypeError
show(raise_int)
show(raise_str)
show(raise_class_not_exc)
show(raise_bad_cause)
show(bare_raise)
show(raise_type)
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)
