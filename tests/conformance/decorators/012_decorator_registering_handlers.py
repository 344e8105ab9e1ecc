handlers = {}
def on(event):
    def decorator(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return decorator
@on("start")
def init_db():
    return "db ready"
@on("start")
def warm_cache():
    return "cache warm"
@on("stop")
def close_db():
    return "db closed"
for event in ["start", "stop", "missing"]:
    print(event, [h() for h in handlers.get(event, [])])
print(init_db())
