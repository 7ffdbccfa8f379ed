"""Functions creating iterators for efficient looping (CPython's itertools, written for Krait).

Each function checks its arguments when called, as CPython's do, and returns a generator for the rest."""

import sys as _sys


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)) and not hasattr(type(v), "__add__"):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1 and not isinstance(self._step, bool):
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'


class repeat:
    """repeat(object[, times]): object over and over, forever or times times."""

    __slots__ = ('_object', '_times')

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._times = None
        else:
            times = _index(times)
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'


def _index(v):
    if isinstance(v, int):
        return int(v)
    method = getattr(type(v), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return method(v)


def cycle(iterable):
    """cycle(p): p0, p1, ... plast, p0, p1, ..."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or results of func): accumulate([1,2,3,4,5]) -> 1 3 6 10 15."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    """chain('ABC', 'DEF') -> A B C D E F"""
    return _chain(iter(iterables))


def _chain(iterables):
    for it in iterables:
        yield from it


def _from_iterable(iterable):
    """chain.from_iterable(['ABC', 'DEF']) -> A B C D E F"""
    return _chain(iter(iterable))


chain.from_iterable = _from_iterable


def compress(data, selectors):
    """compress('ABCDEF', [1,0,1,0,1,1]) -> A C E F"""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """dropwhile(lambda x: x<5, [1,4,6,4,1]) -> 6 4 1"""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    """takewhile(lambda x: x<5, [1,4,6,4,1]) -> 1 4"""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    """filterfalse(lambda x: x%2, range(10)) -> 0 2 4 6 8"""
    return _filterfalse(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def starmap(function, iterable):
    """starmap(pow, [(2,5), (3,2), (10,3)]) -> 32 9 1000"""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def pairwise(iterable):
    """pairwise('ABCDEFG') -> AB BC CD DE EF FG"""
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def islice(iterable, *args):
    """islice('ABCDEFG', 2) -> A B; islice('ABCDEFG', 2, None) -> C D E F G; islice('ABCDEFG', 0, None, 2) -> A C E G"""
    if len(args) == 1:
        start, stop, step = 0, args[0], 1
        if stop is not None:
            try:
                stop = _index(stop)
            except TypeError:
                stop = -1
            if stop < 0:
                raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    elif 2 <= len(args) <= 3:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
        if stop is not None:
            try:
                stop = _index(stop)
            except TypeError:
                stop = -1
            if stop < 0:
                raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if start is None:
            start = 0
        else:
            try:
                start = _index(start)
            except TypeError:
                start = -1
            if start < 0:
                raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if step is None:
            step = 1
        else:
            try:
                step = _index(step)
            except TypeError:
                step = 0
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
    elif not args:
        raise TypeError('islice expected at least 2 arguments, got 1')
    else:
        raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    i = 0
    while i < start:
        if stop is not None and i >= stop:
            return
        try:
            next(it)
        except StopIteration:
            return
        i += 1
    while stop is None or i < stop:
        try:
            item = next(it)
        except StopIteration:
            return
        yield item
        i += 1
        skip = step - 1
        while skip > 0:
            if stop is not None and i >= stop:
                return
            try:
                next(it)
            except StopIteration:
                return
            i += 1
            skip -= 1


def zip_longest(*iterables, fillvalue=None):
    """zip_longest('ABCD', 'xy', fillvalue='-') -> Ax By C- D-"""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    """product('ABCD', 'xy') -> Ax Ay Bx By Cx Cy Dx Dy; product(range(2), repeat=3) -> 000 001 010 011 100 101 110 111"""
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    if n == 0:
        yield ()
        return
    for pool in pools:
        if not pool:
            return
    if n == 1:
        for x in pools[0]:
            yield (x,)
        return
    if n == 2:
        first, second = pools
        for x in first:
            for y in second:
                yield (x, y)
        return
    indices = [0] * n
    lengths = [len(pool) for pool in pools]
    current = [pool[0] for pool in pools]
    yield tuple(current)
    while True:
        i = n - 1
        while i >= 0:
            k = indices[i] + 1
            if k < lengths[i]:
                indices[i] = k
                current[i] = pools[i][k]
                break
            indices[i] = 0
            current[i] = pools[i][0]
            i -= 1
        if i < 0:
            return
        yield tuple(current)


def permutations(iterable, r=None):
    """permutations('ABCD', 2) -> AB AC AD BA BC BD CA CB CD DA DB DC; permutations(range(3)) -> 012 021 102 120 201 210"""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
        else:
            return


def combinations(iterable, r):
    """combinations('ABCD', 2) -> AB AC AD BC BD CD; combinations(range(4), 3) -> 012 013 023 123"""
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement('ABC', 2) -> AA AB AC BB BC CC"""
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[k] for k in indices])


_NULL = object()


class groupby:
    """groupby(iterable, key=None): (key, group iterator) for each run of items with equal keys."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _NULL
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            elif not self._tgtkey == self._currkey:
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    """One group of a groupby: valid until the groupby moves on."""

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _NULL:
            gbo._step()
        if not self._tgtkey == gbo._currkey:
            raise StopIteration
        value = gbo._currvalue
        gbo._currvalue = _NULL
        gbo._currkey = _NULL
        return value


def tee(iterable, n=2):
    """tee(it, n=2): n independent iterators over the same values."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_tee(it, buffers, i) for i in range(n))


def _tee(it, buffers, i):
    mine = buffers[i]
    while True:
        if not mine:
            try:
                value = next(it)
            except StopIteration:
                return
            for b in buffers:
                b.append(value)
        yield mine.pop(0)
