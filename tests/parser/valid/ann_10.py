(a.b): int
