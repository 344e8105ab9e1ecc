cube = [[[0]] * 2] * 2
cube[0][0][0] = 1
print(cube)
cube[0][1] = [5]
print(cube)
print(cube[0] is cube[1], cube[0][0] is cube[1][0])
flat = [0] * 4
flat[0] += 1
print(flat)
pairs = [[0, 0]] * 2
pairs[1] += [1]
print(pairs, len(pairs[0]))
