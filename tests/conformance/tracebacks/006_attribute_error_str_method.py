name = "ada lovelace"
print(name.title())
print(name.split())
initials = "".join(part[0] for part in name.split())
print(initials)
print(name.uper())
