x = f'{a:{w}.{p}f}'
