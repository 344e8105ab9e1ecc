x = '\t'.join(['a'])
