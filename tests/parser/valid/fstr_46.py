x = f'{a >= b}{a <= b}{a < b}{a > b}'
