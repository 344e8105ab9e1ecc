capitals = {"norway": "oslo", "italy": "rome", "peru": "lima"}
inverted = {city: country for country, city in capitals.items()}
print(inverted)
by_len = {}
for country in capitals:
    by_len.setdefault(len(country), []).append(country)
print(by_len)
print(sorted(capitals.items(), key=lambda kv: kv[1]))
