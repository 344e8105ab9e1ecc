x = f'{a!r:^{w}}'
