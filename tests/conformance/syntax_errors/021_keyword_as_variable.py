subject = "math"
print(subject)
class = "Biology"
print(class)
print(subject, "and", class)
