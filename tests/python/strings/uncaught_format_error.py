# A bad format spec raises ValueError out of a method call.
print('{:>5}'.format('ok'))
print('{:q}'.format(7))
