x = Rb'raw'
