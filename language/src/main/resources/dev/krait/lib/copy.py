"""Shallow and deep copy operations (CPython's copy module, for Krait)."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

def _reconstruct_instance(x, cls, state_copy):
    y = object.__new__(cls) if not isinstance(x, (list, dict, set)) else cls()
    state = getattr(x, '__dict__', None)
    if state:
        for k, v in state.items():
            object.__setattr__(y, k, state_copy(v))
    for klass in cls.__mro__:
        for name in klass.__dict__.get('__slots__', ()):
            if name in ('__dict__', '__weakref__'):
                continue
            try:
                value = getattr(x, name)
            except AttributeError:
                continue
            object.__setattr__(y, name, state_copy(value))
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in (type(None), int, float, bool, str, bytes, tuple, frozenset, type, range, type(len), type(lambda: 0)):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, BaseException):
        y = cls(*x.args)
        y.__dict__.update(getattr(x, '__dict__', {}))
        return y
    y = _reconstruct_instance(x, cls, lambda v: v)
    if isinstance(x, list):
        y.extend(x)
    elif isinstance(x, dict):
        dict.update(y, x)
    elif isinstance(x, set):
        y.update(x)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in (type(None), int, float, bool, str, bytes, type, range, type(len), type(lambda: 0), type(Ellipsis),
               type(NotImplemented)):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(i is j for i, j in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif isinstance(x, BaseException):
            y = cls(*deepcopy(x.args, memo))
        else:
            y = _reconstruct_instance(x, cls, lambda v: deepcopy(v, memo))
            memo[d] = y
            if isinstance(x, list):
                y.extend(deepcopy(a, memo) for a in x)
            elif isinstance(x, dict):
                for key, value in dict.items(x):
                    dict.__setitem__(y, deepcopy(key, memo), deepcopy(value, memo))
            elif isinstance(x, set):
                y.update(deepcopy(a, memo) for a in x)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
