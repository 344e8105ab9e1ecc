class Empty:

print("never")
