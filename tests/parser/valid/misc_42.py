nonlocal_ = 1
