stack = []
stack.append(1)
stack.append(2)
print("stack:", stack)
print("top:", stack[-1])
stack.push(3)
