class case: pass
