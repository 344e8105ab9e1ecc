class Abort(BaseException):
    pass
def run():
    raise Abort("stop everything")
try:
    run()
except Exception:
    print("not caught here")
