students = [
    {"name": "ann", "grade": 90, "age": 20},
    {"name": "bob", "grade": 85, "age": 22},
    {"name": "cy", "grade": 90, "age": 19},
]
by_grade = sorted(students, key=lambda s: (-s["grade"], s["age"]))
print([s["name"] for s in by_grade])
print(max(students, key=lambda s: s["age"])["name"])
print([s["name"] for s in students if s["grade"] >= 90])
