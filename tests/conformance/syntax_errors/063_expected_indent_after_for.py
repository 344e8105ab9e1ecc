total = 0
for i in range(3):
# just a comment
print(i)
print(total)
