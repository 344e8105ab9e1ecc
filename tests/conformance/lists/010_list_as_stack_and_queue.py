stack = []
for ch in "abc":
    stack.append(ch)
    print("push", ch, stack)
while stack:
    print("pop", stack.pop(), stack)
queue = ["x", "y", "z"]
while queue:
    print("serve", queue.pop(0), queue)
