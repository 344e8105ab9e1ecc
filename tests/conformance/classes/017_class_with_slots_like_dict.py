class Record:
    def __init__(self, **fields):
        for key, value in fields.items():
            setattr(self, key, value)
    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"Record({inner})"
r = Record(name="ann", age=30)
print(r, r.name)
r.age += 1
print(r)
print(getattr(r, "email", None))
