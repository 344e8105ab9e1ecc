if a: pass
