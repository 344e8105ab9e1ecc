board = list("ABCDE")
moves = [(0, 4), (1, 3), (2, 2), (0, 1)]
for i, j in moves:
    board[i], board[j] = board[j], board[i]
    print("".join(board))
print(sorted(board) == list("ABCDE"))
