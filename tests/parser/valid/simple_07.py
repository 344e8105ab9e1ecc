raise E(1)
