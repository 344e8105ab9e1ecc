x = ('multi'
     'line' "concat")
