Ω = 'ohm'
