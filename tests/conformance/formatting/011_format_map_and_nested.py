person = {"first": "Ada", "last": "Lovelace", "born": 1815}
print("{first} {last} ({born})".format(**person))
print("{first} {last}".format_map(person))
fields = ["first", "born"]
print(", ".join(f"{k}={person[k]!r}" for k in fields))
template = "{:>{w}}"
print(template.format("right", w=10) + "|")
