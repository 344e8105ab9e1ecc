x = 'ok' '\u12'
