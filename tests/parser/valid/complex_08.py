x = 1e16j
