for word in ["a", "abc", "abcdef"]:
    print(f"[{word:<6}] [{word:>6}] [{word:^6}]")
n = 42
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:05}]")
print(f"[{n:*^9}] [{n:->7}] [{'x':_<4}]")
print(f"[{-n:=6}] [{n:+}] [{n: }] [{-n: }]")
