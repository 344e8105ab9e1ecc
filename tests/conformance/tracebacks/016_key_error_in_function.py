def lookup(table, key):
    return table[key]
config = {"host": "localhost"}
print(lookup(config, "host"))
port = lookup(config, "port")
