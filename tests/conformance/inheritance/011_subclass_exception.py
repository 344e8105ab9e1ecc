class AppError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound("no such user", 404)
except AppError as e:
    print(type(e).__name__, e, e.code, e.args)
print(NotFound.__mro__)
