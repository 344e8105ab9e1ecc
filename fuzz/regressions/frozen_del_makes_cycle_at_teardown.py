import gc, sys, weakref
class N:
    def __init__(self, tag): self.tag = tag
    def __repr__(self): return 'N%d' % self.tag
class K(N):
    def __del__(self):
        c = N(-self.tag); c.me = c; c.was = self
try:
    v4 = K(1)
except Exception as e:
    print('!', type(e).__name__)
try:
    gc.freeze()
except Exception as e:
    print('!', type(e).__name__)
