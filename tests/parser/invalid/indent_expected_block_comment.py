if x:
# comment
x = 1
