# str.format and str.format_map: numbering, lookups, conversions, nested specs and errors.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(3, 4)
print('{} {} {}'.format(1, 'two', 3.0), '{0}{1}{0}'.format('ab', 'cd'), '{x}-{y}'.format(x=1, y=2))
print('{0.x},{0.y}'.format(p), '{p.x}'.format(p=p), '{0[1]}'.format([5, 6]), '{d[key]}'.format(d={'key': 'v'}), '{0[0][1]}'.format(['ab']))
print('{0!r} {0!s} {0!a}'.format('é'), '{!r:>6}'.format('a'), '{:{}{}}'.format(3, '>', 5), '{0:{1}.{2}f}'.format(3.14159, 8, 2))
print('{{}} {{{}}}'.format(7), '{:*^9}'.format('mid'), '{:,}'.format(10 ** 9), '{0:b} {0:o} {0:x} {0:#X}'.format(255))
print('{name:>8}|{num:08.3f}'.format_map({'name': 'n', 'num': -3.14159}), '{0[00]}'.format(['zero']), '{[-1]}'.format({'-1': 'neg'}))
print('{0.real} {0.imag}'.format(5), '{:}'.format('empty'), '{:d}'.format(True), '{!s:>5}'.format(None))

def attempt(template, *args, **kwargs):
    try:
        print(repr(template.format(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt('{')
attempt('}')
attempt('a{0')
attempt('{0!}', 1)
attempt('{0!x}', 1)
attempt('{0!rr}', 1)
attempt('{}{0}', 1)
attempt('{0}{}', 1)
attempt('{1}', 1)
attempt('{a}', 1)
attempt('{0[}', [1])
attempt('{0.}', 1)
attempt('{0[0]x}', [1])
attempt('{:{:{:{}}}}', 3, 5, 1, 1)
attempt('{:d}', 'a')
attempt('{:s}', 1)
attempt('{x.y}', x=1)
attempt('{0:}}', 1)
try:
    '{}'.format_map({'x': 1})
except ValueError as e:
    print('ValueError:', e)
