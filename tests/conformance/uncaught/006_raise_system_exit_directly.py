print("before")
raise SystemExit(5)
