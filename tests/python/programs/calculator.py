# A tokenizer and recursive-descent evaluator for + - * / ** and parentheses.
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            number = text[start:i]
            tokens.append(("num", float(number) if "." in number else int(number)))
        elif text.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
        elif ch in "+-*/()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ValueError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens

BINARY = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}

def parse(tokens):
    position = 0

    def peek():
        return tokens[position]

    def advance():
        nonlocal position
        position += 1
        return tokens[position - 1]

    def expression():
        value = term()
        while peek() in (("op", "+"), ("op", "-")):
            value = BINARY[advance()[1]](value, term())
        return value

    def term():
        value = power()
        while peek() in (("op", "*"), ("op", "/")):
            value = BINARY[advance()[1]](value, power())
        return value

    def power():
        base = unary()
        if peek() == ("op", "**"):
            advance()
            return base ** power()
        return base

    def unary():
        if peek() == ("op", "-"):
            advance()
            return -unary()
        return atom()

    def atom():
        kind, value = advance()
        if kind == "num":
            return value
        if value == "(":
            inner = expression()
            if advance() != ("op", ")"):
                raise ValueError("expected )")
            return inner
        raise ValueError(f"unexpected token {value!r}")

    result = expression()
    if peek()[0] != "end":
        raise ValueError("trailing input")
    return result

for source in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "7 - 2 - 1",
               "2 * (3 + 4) * 5", "1.5 * 4", "2 ** 100", "(1 + 2", "3 $ 4", "1 / 0"]:
    try:
        print(f"{source:>16} = {parse(tokenize(source))}")
    except ValueError as e:
        print(f"{source:>16} ! {e}")
    except ZeroDivisionError as e:
        print(f"{source:>16} ! {e}")
