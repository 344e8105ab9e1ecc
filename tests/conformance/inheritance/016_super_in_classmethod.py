class Base:
    @classmethod
    def create(cls):
        return f"created {cls.__name__}"
class Derived(Base):
    @classmethod
    def create(cls):
        return super().create() + " via Derived"
print(Base.create())
print(Derived.create())
print(Derived().create())
