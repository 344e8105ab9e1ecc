def make_user(name="anon", age):
    return {"name": name, "age": age}
print(make_user(age=3))
print(make_user("ann", 31))
print("users made")
