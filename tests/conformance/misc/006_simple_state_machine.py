transitions = {
    ("idle", "coin"): "ready",
    ("ready", "push"): "vending",
    ("vending", "done"): "idle",
}
state = "idle"
for event in ["push", "coin", "coin", "push", "done"]:
    nxt = transitions.get((state, event))
    if nxt is None:
        print(f"{state:>8} --{event}--> (ignored)")
    else:
        print(f"{state:>8} --{event}--> {nxt}")
        state = nxt
print("final:", state)
