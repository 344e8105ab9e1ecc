_ = match
