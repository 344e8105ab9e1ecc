def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks([1, 2, 3, 4, 5, 6, 7], 3)))
print(list(chunks("abcdefg", 2)))
def windows(seq, size):
    for i in range(len(seq) - size + 1):
        yield tuple(seq[i:i + size])
print(list(windows([1, 2, 3, 4], 2)))
