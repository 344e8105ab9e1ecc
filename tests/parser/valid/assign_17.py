x = yield_ = 1
