for i in range(3):
    if i == 1:
        return i
