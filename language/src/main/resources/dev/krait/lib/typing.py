"""Support for type hints (a practical subset of CPython's typing for Krait): the generic aliases can be
subscripted and printed as CPython prints them, NamedTuple and TypedDict class syntax work, and the helper
functions (cast, overload, get_type_hints, ...) behave as at run time in CPython. No checking is done."""

import collections
import collections.abc

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


class _Final:
    __slots__ = ()


class _GenericAlias(_Final):
    """A subscripted generic: List[int], Dict[str, int], Optional[X], Callable[[int], str], ..."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name

    def __repr__(self):
        name = self._name or _type_repr(self.__origin__)
        if not self.__args__:
            return name
        return f"{name}[{', '.join(_type_repr(a) if not isinstance(a, list) else '[' + ', '.join(map(_type_repr, a)) + ']' for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _SpecialGenericAlias(_Final):
    """An unsubscripted generic such as List: subscripting gives a _GenericAlias."""

    def __init__(self, origin, name, nparams=-1):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, f'typing.{self._name}')

    def __repr__(self):
        return f'typing.{self._name}'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialForm(_Final):
    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return f"typing.Union[{', '.join(map(_type_repr, args))}]"

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _union(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = type(None) if p is None else p
        if isinstance(p, _UnionAlias):
            candidates = p.__args__
        else:
            candidates = (p,)
        for c in candidates:
            if c not in flat:
                flat.append(c)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat))


def _optional(self, parameter):
    return Union[parameter, None]


def _simple_form(self, parameters):
    return _GenericAlias(self, parameters, f'typing.{self._name}')


Any = _SpecialForm('Any', lambda self, p: (_ for _ in ()).throw(TypeError('Any cannot be subscripted')))
NoReturn = _SpecialForm('NoReturn', lambda self, p: (_ for _ in ()).throw(TypeError('NoReturn cannot be subscripted')))
Never = _SpecialForm('Never', lambda self, p: (_ for _ in ()).throw(TypeError('Never cannot be subscripted')))
Self = _SpecialForm('Self', lambda self, p: (_ for _ in ()).throw(TypeError('Self cannot be subscripted')))
LiteralString = _SpecialForm('LiteralString', lambda self, p: (_ for _ in ()).throw(TypeError('LiteralString cannot be subscripted')))
TypeAlias = _SpecialForm('TypeAlias', lambda self, p: (_ for _ in ()).throw(TypeError('TypeAlias cannot be subscripted')))
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _simple_form)
Final = _SpecialForm('Final', _simple_form)
Literal = _SpecialForm('Literal', _simple_form)
Annotated = _SpecialForm('Annotated', _simple_form)
Concatenate = _SpecialForm('Concatenate', _simple_form)
TypeGuard = _SpecialForm('TypeGuard', _simple_form)
Required = _SpecialForm('Required', _simple_form)
NotRequired = _SpecialForm('NotRequired', _simple_form)
Unpack = _SpecialForm('Unpack', _simple_form)

List = _SpecialGenericAlias(list, 'List', 1)
Dict = _SpecialGenericAlias(dict, 'Dict', 2)
Set = _SpecialGenericAlias(set, 'Set', 1)
FrozenSet = _SpecialGenericAlias(frozenset, 'FrozenSet', 1)
Tuple = _SpecialGenericAlias(tuple, 'Tuple', -1)
Type = _SpecialGenericAlias(type, 'Type', 1)
Deque = _SpecialGenericAlias(collections.deque, 'Deque', 1)
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 'DefaultDict', 2)
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 'OrderedDict', 2)
Counter = _SpecialGenericAlias(collections.Counter, 'Counter', 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 'ChainMap', 2)
Callable = _SpecialGenericAlias(collections.abc.Callable, 'Callable', 2)
Iterable = _SpecialGenericAlias(collections.abc.Iterable, 'Iterable', 1)
Iterator = _SpecialGenericAlias(collections.abc.Iterator, 'Iterator', 1)
Generator = _SpecialGenericAlias(collections.abc.Generator, 'Generator', 3)
Reversible = _SpecialGenericAlias(collections.abc.Reversible, 'Reversible', 1)
Container = _SpecialGenericAlias(collections.abc.Container, 'Container', 1)
Collection = _SpecialGenericAlias(collections.abc.Collection, 'Collection', 1)
Sized = _SpecialGenericAlias(collections.abc.Sized, 'Sized', 0)
Hashable = _SpecialGenericAlias(collections.abc.Hashable, 'Hashable', 0)
Sequence = _SpecialGenericAlias(collections.abc.Sequence, 'Sequence', 1)
MutableSequence = _SpecialGenericAlias(collections.abc.MutableSequence, 'MutableSequence', 1)
Mapping = _SpecialGenericAlias(collections.abc.Mapping, 'Mapping', 2)
MutableMapping = _SpecialGenericAlias(collections.abc.MutableMapping, 'MutableMapping', 2)
AbstractSet = _SpecialGenericAlias(collections.abc.Set, 'AbstractSet', 1)
MutableSet = _SpecialGenericAlias(collections.abc.MutableSet, 'MutableSet', 1)
KeysView = _SpecialGenericAlias(collections.abc.KeysView, 'KeysView', 1)
ItemsView = _SpecialGenericAlias(collections.abc.ItemsView, 'ItemsView', 2)
ValuesView = _SpecialGenericAlias(collections.abc.ValuesView, 'ValuesView', 1)
Awaitable = _SpecialGenericAlias(collections.abc.Awaitable, 'Awaitable', 1)
Coroutine = _SpecialGenericAlias(collections.abc.Coroutine, 'Coroutine', 3)
AsyncIterable = _SpecialGenericAlias(collections.abc.AsyncIterable, 'AsyncIterable', 1)
AsyncIterator = _SpecialGenericAlias(collections.abc.AsyncIterator, 'AsyncIterator', 1)
Text = str
ByteString = bytes


class TypeVar(_Final):
    """A type variable: T = TypeVar('T'); repr ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class Generic:
    """Base class for generic classes: class Stack(Generic[T]). Subscripting gives the class back."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base class for protocol classes (structural typing); no runtime checks unless runtime_checkable."""
    __slots__ = ()


def runtime_checkable(cls):
    return cls


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        nm_tpl = collections.namedtuple(typename, list(types), defaults=[ns[n] for n in default_names],
                                        module=ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__', '_root') or key in types:
                continue
            if key in ('_make', '_asdict', '_replace', '_fields', '_field_defaults', '__new__', '__init__', '__slots__',
                       '__getnewargs__'):
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            setattr(nm_tpl, key, value)
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        nt = collections.namedtuple(typename, [n for n, t in fields])
        nt.__annotations__ = dict(fields)
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple: class Employee(NamedTuple): name: str; id: int = 3."""
    _root = True


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp = super().__new__(cls, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(getattr(base, '__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        tp.__annotations__ = annotations
        tp.__total__ = total
        tp.__required_keys__ = frozenset(annotations) if total else frozenset()
        tp.__optional_keys__ = frozenset() if total else frozenset(annotations)
        return tp

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys; instances are plain dicts."""


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def cast(typ, val):
    """Returns the value unchanged (a signal to type checkers)."""
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    import sys
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def assert_never(arg):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError('You should not call an overloaded function. A series of @typing.overload-decorated '
                                  'functions outside a stub module should always be followed by an implementation '
                                  'that is not @typing.overload-ed.')
    return _overload_dummy


def get_overloads(func):
    return []


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    return lambda cls_or_fn: cls_or_fn


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', {}) or {})


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class SupportsInt(Protocol):
    pass


class SupportsFloat(Protocol):
    pass


class SupportsIndex(Protocol):
    pass


class SupportsAbs(Protocol):
    pass


class SupportsRound(Protocol):
    pass


class SupportsBytes(Protocol):
    pass


class IO(Generic):
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass
