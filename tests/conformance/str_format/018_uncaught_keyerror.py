template = "Dear {title} {name},"
print(template.format(title="Dr.", name="Who"))
print(template.format(name="Who"))
