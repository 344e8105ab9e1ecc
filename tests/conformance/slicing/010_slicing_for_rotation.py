def rotate(seq, k):
    k %= len(seq)
    return seq[k:] + seq[:k]
print(rotate([1, 2, 3, 4, 5], 2))
print(rotate("abcdef", -1))
print(rotate((1, 2, 3), 10))
def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
print(chunks("abcdefgh", 3))
