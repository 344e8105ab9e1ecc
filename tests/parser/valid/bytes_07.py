x = b"it's"
