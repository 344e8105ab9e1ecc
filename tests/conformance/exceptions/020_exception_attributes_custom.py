class ValidationError(Exception):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(field, problem)
    def __str__(self):
        return f"{self.field}: {self.problem}"
try:
    raise ValidationError("email", "missing @")
except ValidationError as e:
    print(e)
    print(repr(e))
    print(e.args, e.field)
