class A(*bases): pass
