class Counter:
    def __init__(self):
        self.n = 0
c = Counter()
c.n += 5
c.n *= 2
print(c.n)
d = {"hits": 1}
d["hits"] += 10
print(d)
lst = [1, 2, 3]
lst[0] -= 100
lst[-1] **= 2
print(lst)
matrix = [[1, 2], [3, 4]]
matrix[1][0] *= 10
print(matrix)
s = "ab"
s += "cd"
print(s)
