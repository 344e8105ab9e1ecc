def read_setting(settings, key):
    print("looking up", key)
    try:
        value = settings[key]
    except KeyError:
        print("  missing, using default")
        return "default"
    else:
        print("  found", value)
        return value
    finally:
        print("  lookup of", key, "finished")
cfg = {"mode": "fast"}
print(read_setting(cfg, "mode"))
print(read_setting(cfg, "color"))
