scores = [90, 80]
1st_score = scores[0]
print(1st_score)
