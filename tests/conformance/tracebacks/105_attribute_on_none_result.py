def find(items, wanted):
    for item in items:
        if item.startswith(wanted):
            return item
def first_word(items, wanted):
    match = find(items, wanted)
    return match.upper()
print(first_word(["apple", "banana"], "ba"))
print(first_word(["apple", "banana"], "ch"))
