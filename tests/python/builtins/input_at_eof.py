# input() writes its prompt, then raises EOFError when stdin has no more lines.
try:
    answer = input('Your answer: ')
except EOFError as e:
    print()
    print('EOFError:', e)
input('again> ')
