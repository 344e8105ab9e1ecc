x = F'{a}'
