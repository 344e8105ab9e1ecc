def describe(cmd):
    if cmd == "start":
        return "starting"
    elif cmd in ("stop", "halt"):
        return "stopping"
    elif cmd.startswith("go "):
        return "going to " + cmd[3:]
    return "unknown: " + cmd
for c in ["start", "halt", "go north", "dance"]:
    print(describe(c))
