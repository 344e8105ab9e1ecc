class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
    def __lt__(self, other):
        return self.priority < other.priority
    def __repr__(self):
        return f"{self.name}({self.priority})"
tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "think")]
print(sorted(tasks))
print(min(tasks), max(tasks))
print(Task(5, "a") > Task(2, "b"))
try:
    Task(1, "x") <= Task(2, "y")
except TypeError as e:
    print("TypeError:", e)
