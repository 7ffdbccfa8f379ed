# printf-style formatting through str.__mod__ (the % operator's implementation for str).
def pct(template, args):
    try:
        return repr(template.__mod__(args))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

print(pct('%s and %r', ('x', 'y')), pct('%d items', 3), pct('%5d|%-5d|%05d', (42, 42, 42)), pct('%+d % d', (5, 5)))
print(pct('%x %X %o %#x %#X %#o', (255, 255, 8, 255, 255, 8)), pct('%#08x|%-#8x|%#.5x', (255, 255, 255)), pct('%.3d', -5))
print(pct('%f %.2f %e %.3E %g %G', (3.14159, 3.14159, 12345.678, 0.000123, 1e-5, 1e20)), pct('%10.3f|%-10.1f|', (2.5, 2.5)))
print(pct('%#.0f %#g %.0g %.f', (3.0, 3.0, 123.0, 2.5)), pct('%010f', float('inf')), pct('%05.1f', -2.34), pct('%+.2e', 12345.678))
print(pct('%c%c', (65, 'b')), pct('%5c|', 'x'), pct('%i %u', (3, 4)), pct('%d', 2.7), pct('%d', True), pct('%x', -255), pct('%ld', 3))
print(pct('%(a)s-%(b)r', {'a': 1, 'b': 'x'}), pct('%(a)s %(a)s', {'a': 'twice'}), pct('%((a))s', {'(a)': 1}), pct('%s', {'k': 1}))
print(pct('%*d|%-*d|', (5, 1, 4, 2)), pct('%.*f', (2, 3.14159)), pct('%*d', (-5, 1)), pct('%.*f', (-3, 1.0)), pct('%5.2s|', 'abc'))
print(pct('%s', [1, 2]), pct('%s', ([1, 2],)), pct('%d%%', 50), pct('%a', 'é'), pct('%r', {'a': 1}), pct('abc', ()), pct('abc', {'a': 1}), pct('abc', []))
print(pct('%d', 10 ** 30), pct('%.2f', 10 ** 20), pct('%s', None), pct('%s', ()), pct('%s %s', (1, (2, 3))))
print(pct('%s %s', (1,)), pct('%s', (1, 2)), pct('%(a)s', 5), pct('%(a)s', {}), pct('%*d', ('a', 1)), pct('%y', 1), pct('%', 1))
print(pct('%x', 2.5), pct('%d', '2'), pct('%f', '2'), pct('%c', 'ab'), pct('%c', 1.5), pct('%c', 0x110000), pct('%(a', {'a': 1}))
print(pct('abc', 5), pct('%5%|', (1,)), pct('%i', 'a'), pct('%d', None))
