x = f'{lambda: 1}'[0:0] if False else f'{(lambda: 1)()}'
