people = [("ann", 31, "oslo"), ("bob", 25, "rome"), ("cy", 40, "lima")]
for name, age, city in people:
    print(f"{name:<4} {age:>3} {city}")
oldest = max(people, key=lambda p: p[1])
print(oldest)
print(sorted(people, key=lambda p: p[2]))
names, ages, cities = zip(*people)
print(names, ages, cities)
