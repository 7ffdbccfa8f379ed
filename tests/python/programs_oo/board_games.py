# Board-game AI: an abstract Game with two concrete games. Tic-tac-toe is solved exactly with memoised minimax;
# connect four plays itself with depth-limited alpha-beta negamax and a window-scoring heuristic.
# Prints the games, node counts and a checksum.


class Game:
    EMPTY = "."

    def __init__(self):
        self.nodes = 0

    def moves(self, board):
        raise NotImplementedError

    def play(self, board, move, player):
        raise NotImplementedError

    def winner(self, board):
        raise NotImplementedError

    @staticmethod
    def other(player):
        return "O" if player == "X" else "X"


class TicTacToe(Game):
    LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

    def __init__(self):
        super().__init__()
        self.memo = {}

    def start(self):
        return self.EMPTY * 9

    def moves(self, board):
        return [i for i, c in enumerate(board) if c == self.EMPTY]

    def play(self, board, move, player):
        return board[:move] + player + board[move + 1:]

    def winner(self, board):
        for a, b, c in self.LINES:
            if board[a] != self.EMPTY and board[a] == board[b] == board[c]:
                return board[a]
        return None

    def minimax(self, board, player):
        """Score from X's point of view: +1 win, 0 draw, -1 loss, with the best move."""
        key = (board, player)
        if key in self.memo:
            return self.memo[key]
        self.nodes += 1
        won = self.winner(board)
        if won is not None:
            result = (1 if won == "X" else -1, None)
        elif self.EMPTY not in board:
            result = (0, None)
        else:
            choose = max if player == "X" else min
            scored = [(self.minimax(self.play(board, m, player), self.other(player))[0], -m) for m in self.moves(board)]
            score, neg_move = choose(scored)
            result = (score, -neg_move)
        self.memo[key] = result
        return result

    def count_outcomes(self, board, player, counts):
        won = self.winner(board)
        if won is not None or self.EMPTY not in board:
            counts[won or "draw"] = counts.get(won or "draw", 0) + 1
            return
        for m in self.moves(board):
            self.count_outcomes(self.play(board, m, player), self.other(player), counts)


class ConnectFour(Game):
    ROWS, COLS = 6, 7
    ORDER = (3, 2, 4, 1, 5, 0, 6)

    def __init__(self, depth):
        super().__init__()
        self.depth = depth
        self.windows = []
        for r in range(self.ROWS):
            for c in range(self.COLS):
                for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                    cells = [(r + dr * k, c + dc * k) for k in range(4)]
                    if all(0 <= rr < self.ROWS and 0 <= cc < self.COLS for rr, cc in cells):
                        self.windows.append(cells)

    def start(self):
        return [[self.EMPTY] * self.COLS for _ in range(self.ROWS)]

    def moves(self, board):
        return [c for c in self.ORDER if board[0][c] == self.EMPTY]

    def play(self, board, move, player):
        new = [row[:] for row in board]
        for r in range(self.ROWS - 1, -1, -1):
            if new[r][move] == self.EMPTY:
                new[r][move] = player
                return new
        raise ValueError("column full: " + str(move))

    def winner(self, board):
        for cells in self.windows:
            (r0, c0) = cells[0]
            first = board[r0][c0]
            if first != self.EMPTY and all(board[r][c] == first for r, c in cells[1:]):
                return first
        return None

    def evaluate(self, board, player):
        score = 0
        opponent = self.other(player)
        for cells in self.windows:
            line = [board[r][c] for r, c in cells]
            mine, theirs = line.count(player), line.count(opponent)
            if theirs == 0:
                score += (0, 1, 4, 16, 1000)[mine]
            elif mine == 0:
                score -= (0, 1, 4, 16, 1000)[theirs]
        return score + sum(3 for r in range(self.ROWS) if board[r][3] == player)

    def negamax(self, board, player, depth, alpha, beta):
        self.nodes += 1
        won = self.winner(board)
        if won is not None:
            return (-100000 - depth, None)
        options = self.moves(board)
        if not options:
            return (0, None)
        if depth == 0:
            return (self.evaluate(board, player), None)
        best_move = options[0]
        for move in options:
            score = -self.negamax(self.play(board, move, player), self.other(player), depth - 1, -beta, -alpha)[0]
            if score > alpha:
                alpha, best_move = score, move
            if alpha >= beta:
                break
        return (alpha, best_move)

    def render(self, board):
        return "\n".join(" ".join(row) for row in board)


def play_tictactoe():
    game = TicTacToe()
    board, player, history = game.start(), "X", []
    value, _ = game.minimax(board, player)
    while game.winner(board) is None and game.EMPTY in board:
        _, move = game.minimax(board, player)
        history.append(move)
        board = game.play(board, move, player)
        player = game.other(player)
    counts = {}
    game.count_outcomes(game.play(game.start(), 4, "X"), "O", counts)
    print("tic-tac-toe value", value, "moves", history, "positions", len(game.memo), "nodes", game.nodes)
    for i in range(0, 9, 3):
        print("  " + board[i:i + 3])
    print("  outcomes after X takes the centre:", sorted(counts.items()))
    return value + sum(history) + len(game.memo) + sum(counts.values())


def play_connect_four(depth, max_moves):
    game = ConnectFour(depth)
    board, player, history = game.start(), "X", []
    while len(history) < max_moves and game.winner(board) is None and game.moves(board):
        score, move = game.negamax(board, player, depth, -10 ** 9, 10 ** 9)
        history.append(move)
        board = game.play(board, move, player)
        player = game.other(player)
    result = game.winner(board) or "nobody"
    print(f"connect four depth {depth}: {len(history)} moves, winner {result}, nodes {game.nodes}")
    print("  moves:", "".join(str(m) for m in history))
    print("\n".join("  " + line for line in game.render(board).split("\n")))
    return game.nodes + sum((i + 1) * m for i, m in enumerate(history)) + len(game.windows)


total = play_tictactoe()
total = total * 31 + play_connect_four(2, 42)
total = total * 31 + play_connect_four(4, 24)
print("checksum", total % 1000000007)
