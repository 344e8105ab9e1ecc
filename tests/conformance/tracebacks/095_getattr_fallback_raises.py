class Settings:
    def __init__(self):
        self.values = {"a": 1}
    def __getattr__(self, name):
        if name in self.values:
            return self.values[name]
        raise AttributeError(f"no setting {name!r}")
s = Settings()
print(s.a)
print(s.b)
