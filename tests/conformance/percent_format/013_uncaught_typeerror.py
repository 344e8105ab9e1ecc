count = 3
print("count = %d" % count)
print("total: %d items" % "three")
