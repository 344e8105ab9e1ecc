x = await_ = 1
