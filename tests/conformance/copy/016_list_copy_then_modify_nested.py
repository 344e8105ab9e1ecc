orig = [[1, 2], [3, 4]]
shallow = orig.copy()
manual = [row[:] for row in orig]
orig[0][0] = 99
orig[1] = [0]
print(shallow)
print(manual)
print(shallow[0] is orig[0], shallow[1] is orig[1], manual[0] is orig[0])
