def make_log():
    entries = []
    def log(msg):
        entries.append(msg)
        return len(entries)
    def dump():
        return list(entries)
    return log, dump
log, dump = make_log()
log("start")
log("work")
print(log("end"), dump())
log2, dump2 = make_log()
print(dump2(), dump())
