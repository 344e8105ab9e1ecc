def get_value():
    return 5
print(get_value())
get_value() = 10
print(get_value())
