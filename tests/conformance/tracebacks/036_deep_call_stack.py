def level_one(x):
    return level_two(x) + 1
def level_two(x):
    return level_three(x) * 2
def level_three(x):
    return [10, 20][x]
print(level_one(1))
print(level_one(5))
