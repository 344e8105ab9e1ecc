class Shape:
    def area(self):
        return 0
    def describe(self):
        return f"area {self.aera()}"
print(Shape().area())
print(Shape().describe())
