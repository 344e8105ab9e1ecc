empty_list = []
empty_tuple = ()
single = (1,)
not_tuple = (1)
print(empty_list, empty_tuple, single, not_tuple)
print(type(single).__name__, type(not_tuple).__name__)
nested = [1, [2, [3, [4]]]]
print(nested, len(nested))
bare = 1, 2, 3
print(bare, type(bare).__name__)
print([1, 2, 3,], (4, 5,))
