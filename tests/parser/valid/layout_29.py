  # comment indented
x = 1
