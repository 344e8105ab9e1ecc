x = match.case
