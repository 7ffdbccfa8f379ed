"""Argument binding with CPython's error messages, for the functions the library builds without exec
(namedtuple's __new__, dataclass __init__)."""

MISSING = object()


def _names_list(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def bind(qualname, names, defaults, args, kwargs, implicit=1, kwonly=(), kwonly_defaults=None):
    """Binds args/kwargs to the positional parameters `names` (after `implicit` leading ones such as self) and the
    keyword-only parameters `kwonly`; defaults map parameter names to default values. Returns the values in
    parameter order (positional then keyword-only)."""
    n = len(names)
    if len(args) > n:
        total = n + implicit
        ndefaults = sum(1 for name in names if name in defaults)
        given = len(args) + implicit
        if ndefaults:
            takes = f'from {total - ndefaults} to {total} positional arguments'
        else:
            takes = f'{total} positional argument' + ('' if total == 1 else 's')
        raise TypeError(f'{qualname}() takes {takes} but {given} {"was" if given == 1 else "were"} given')
    values = list(args) + [MISSING] * (n - len(args))
    kwvalues = [MISSING] * len(kwonly)
    for key, value in kwargs.items():
        if key in names:
            i = names.index(key)
            if values[i] is not MISSING:
                raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
            values[i] = value
        elif key in kwonly:
            kwvalues[kwonly.index(key)] = value
        else:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
    missing = []
    for i, name in enumerate(names):
        if values[i] is MISSING:
            if name in defaults:
                values[i] = defaults[name]
            else:
                missing.append(name)
    if missing:
        s = '' if len(missing) == 1 else 's'
        raise TypeError(f'{qualname}() missing {len(missing)} required positional argument{s}: {_names_list(missing)}')
    kwdefaults = kwonly_defaults or {}
    for i, name in enumerate(kwonly):
        if kwvalues[i] is MISSING:
            if name in kwdefaults:
                kwvalues[i] = kwdefaults[name]
            else:
                missing.append(name)
    if missing:
        s = '' if len(missing) == 1 else 's'
        raise TypeError(f'{qualname}() missing {len(missing)} required keyword-only argument{s}: {_names_list(missing)}')
    return values + kwvalues
