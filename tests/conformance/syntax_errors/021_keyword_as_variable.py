class = "Biology"
print(class)
