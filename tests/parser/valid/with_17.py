with (x := a) as b: pass
