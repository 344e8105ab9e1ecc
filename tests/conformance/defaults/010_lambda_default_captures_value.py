makers = []
for n in range(3):
    makers.append(lambda x, n=n: x * n)
print([m(10) for m in makers])
print([m.__defaults__ for m in makers])
boxes = []
for n in range(3):
    boxes.append(lambda box=[]: box)
print(boxes[0]() is boxes[0](), boxes[0]() is boxes[1]())
boxes[0]().append(1)
print([b() for b in boxes])
