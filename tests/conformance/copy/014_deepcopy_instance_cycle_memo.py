import copy
class Node:
    def __init__(self, name):
        self.name = name
        self.kids = []
root = Node("root")
kid = Node("kid")
root.kids.append(kid)
kid.parent = root
memo = {}
r2 = copy.deepcopy(root, memo)
print(r2.kids[0].parent is r2, r2.kids[0] is kid)
print(memo[id(root)] is r2, memo[id(kid)] is r2.kids[0])
k2 = copy.deepcopy(kid)
print(k2.parent.kids[0] is k2, k2.parent is root)
