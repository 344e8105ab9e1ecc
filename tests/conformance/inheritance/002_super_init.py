class Person:
    def __init__(self, name):
        print("Person.__init__")
        self.name = name
class Student(Person):
    def __init__(self, name, school):
        print("Student.__init__ start")
        super().__init__(name)
        self.school = school
        print("Student.__init__ end")
s = Student("ann", "MIT")
print(s.name, s.school)
print(vars(s))
