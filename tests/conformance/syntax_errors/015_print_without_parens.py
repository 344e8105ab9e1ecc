name = "world"
count = 3
print("count is", count)
print "hello", name
print("done")
