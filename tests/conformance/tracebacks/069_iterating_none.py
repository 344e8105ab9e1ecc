def get_items(flag):
    if flag:
        return [1, 2]
for item in get_items(True):
    print(item)
for item in get_items(False):
    print(item)
