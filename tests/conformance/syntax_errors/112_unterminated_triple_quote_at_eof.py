text = """starts here
and never ends
print(text)
