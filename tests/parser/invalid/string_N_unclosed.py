x = '\N{LATIN'
