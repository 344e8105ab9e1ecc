class Box:
    def __init__(self, v):
        self.v = v
boxes = [Box(1), Box(2)]
other = list(boxes)
print(other is boxes, other[0] is boxes[0])
other[0].v = 100
print(boxes[0].v)
other[1] = Box(3)
print(boxes[1].v, other[1].v)
other.append(Box(4))
print(len(boxes), len(other))
