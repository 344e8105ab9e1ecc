class Thing:
    @property
    def name(self):
        "The thing's name."
        return "thing"
print(type(Thing.name).__name__)
print(Thing.name.__doc__)
print(Thing().name)
print(Thing.name.fget(Thing()))
print(Thing.name.fset is None)
