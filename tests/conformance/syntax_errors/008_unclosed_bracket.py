colors = ["red", "green",
          "blue"
print(colors)
for c in colors:
    print(c.upper())
