scores = [90, 80]
print(scores)
1st_score = scores[0]
print(1st_score)
print("done")
