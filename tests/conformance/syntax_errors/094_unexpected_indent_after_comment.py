x = 1
# a comment
    y = 2
