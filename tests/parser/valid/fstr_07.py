x = f'{a=!s}'
