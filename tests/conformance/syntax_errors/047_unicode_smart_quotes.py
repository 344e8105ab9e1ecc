# This was pasted from a word processor.
print("start")
message = “hello”
print(message)
print("end")
