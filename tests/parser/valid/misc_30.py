async_ = 1
