# Names are pointers: a name refers to an object, and assignment
# binds a name to an object. It never copies the object.
x = [1, 2, 3]
y = x              # y refers to the same list
y.append(4)
print(x)           # the change shows through both names
x = "something else"
print(y)           # rebinding x did not touch the list
