name = "Eve"
msg = (
    f"Hello {name}, "
    f"you have {3} new messages "
    "and this part is plain {not interpolated}"
)
print(msg)
print(f'single {name!r} quotes')
print(f"""triple {name}
second line {len(name)}""")
d = {"k": "v"}
print(f"{d['k']} from dict")
