class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    @property
    def age(self):
        return self._age
    @age.setter
    def age(self, value):
        if value < 0:
            raise ValueError("age cannot be negative")
        print("setting age to", value)
        self._age = value
p = Person("ann", 30)
p.age += 1
print(p.age, vars(p))
try:
    p.age = -5
except ValueError as e:
    print("ValueError:", e)
print(p.age)
