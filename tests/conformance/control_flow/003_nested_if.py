def grade(score, submitted):
    if submitted:
        if score >= 90:
            letter = "A"
        elif score >= 75:
            letter = "B"
        else:
            letter = "C"
    else:
        letter = "missing"
    return letter
print(grade(95, True), grade(80, True), grade(40, True), grade(99, False))
