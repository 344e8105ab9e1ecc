def get_value():
    return 5
get_value() = 10
print(get_value())
