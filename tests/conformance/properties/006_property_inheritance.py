class Base:
    @property
    def kind(self):
        return "base"
    def describe(self):
        return f"I am {self.kind}"
class Child(Base):
    @property
    def kind(self):
        return "child of " + super().kind
print(Base().describe())
print(Child().describe())
