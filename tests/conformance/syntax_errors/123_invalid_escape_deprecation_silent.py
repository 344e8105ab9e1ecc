pattern = "\d+"
print(pattern, len(pattern))
