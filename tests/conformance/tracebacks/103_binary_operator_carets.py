def report(count, unit):
    return "total: " + count + " " + unit
print(report("3", "kg"))
print(report(3, "kg"))
