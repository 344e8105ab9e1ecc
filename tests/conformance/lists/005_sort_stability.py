records = [("bob", 2), ("ann", 1), ("cy", 2), ("dee", 1), ("eve", 3)]
by_num = sorted(records, key=lambda r: r[1])
print(by_num)
by_num_desc = sorted(records, key=lambda r: r[1], reverse=True)
print(by_num_desc)
two_pass = sorted(sorted(records), key=lambda r: r[1])
print(two_pass)
