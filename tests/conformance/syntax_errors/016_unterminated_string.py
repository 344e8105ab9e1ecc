print("start")
greeting = "hello
name = "ann"
print(greeting, name)
print("end")
