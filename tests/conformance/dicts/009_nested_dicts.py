users = {
    "ann": {"age": 31, "langs": ["py", "c"]},
    "bob": {"age": 25, "langs": []},
}
users["bob"]["langs"].append("go")
users["cy"] = {"age": 40, "langs": ["rust"]}
for name, info in users.items():
    print(name, info["age"], ", ".join(info["langs"]) or "-")
print(sum(u["age"] for u in users.values()))
print(users["ann"]["langs"][1])
