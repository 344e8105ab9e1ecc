if x:
  \
  pass
    y
