class EmptyQueue(Exception):
    pass
def dequeue(q):
    if not q:
        raise EmptyQueue
    return q.pop(0)
q = [1]
print(dequeue(q))
dequeue(q)
