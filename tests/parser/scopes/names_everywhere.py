import m
from n import o
class P(Q):
    r = s
    def t(self, u=v):
        w = x
        global y
        y = z
