"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique (CPython 3.11's enum, written for Krait).

Members are instances of their enum class made when the class is created; the metaclass (EnumType) provides
iteration, len, lookup by name (Color['RED']) and by value (Color(1)). Enums mixed with a data type (IntEnum, StrEnum,
IntFlag, class E(float, Enum)) have members that are instances of that type too: isinstance(IntEnum member, int)."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum', 'auto', 'unique',
           'property', 'verify', 'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS',
           'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name']

import builtins as _builtins

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


class nonmember:
    """Protects an item from becoming an enum member during class creation."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces an item to become an enum member during class creation."""

    def __init__(self, value):
        self.value = value


property = _builtins.property


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = f'_{cls_name}__'
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(obj):
    if isinstance(obj, (_builtins.property, staticmethod, classmethod)):
        return True
    if type(obj).__name__ in ('function', 'builtin_function_or_method', 'method'):
        return True
    return hasattr(type(obj), '__get__') or hasattr(type(obj), '__set__') or hasattr(type(obj), '__delete__')


Enum = None
ReprEnum = None
Flag = None


class _EnumDict(dict):
    pass


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()

        # Pick the members out of the class body, in definition order.
        member_names = []
        member_values = {}
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value)):
                body[key] = value
                continue
            member_names.append(key)
            member_values[key] = value

        invalid = set(member_names) & {'mro', ''}
        if invalid:
            raise ValueError(f'invalid enum member name(s) {",".join(repr(n) for n in invalid)}')

        generate = classdict.get('_generate_next_value_')
        if generate is None:
            for base in bases:
                generate = getattr(base, '_generate_next_value_', None)
                if generate is not None:
                    break
        if isinstance(generate, staticmethod):
            generate = generate.__func__

        # Resolve auto() values in order.
        last_values = []
        for index, name in enumerate(member_names):
            value = member_values[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(name, 1, index, last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(generate(name, 1, index, last_values[:]) if isinstance(v, auto) and v.value is _auto_null
                              else (v.value if isinstance(v, auto) else v) for v in value)
            member_values[name] = value
            last_values.append(value)

        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        if Enum is None:
            # Creating Enum itself: its __new__ is the lookup by value, not a way to make members.
            body['_new_member_'] = None
        else:
            body['_new_member_'] = classdict.get('__new__')
            body.pop('__new__', None)
        if '__reduce_ex__' not in body:
            body['__reduce_ex__'] = _reduce_ex_by_global_name
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if boundary is not None:
            enum_class._boundary_ = boundary
        if Enum is not None:
            metacls._use_enum_methods_(enum_class, classdict, bases, member_type, first_enum)

        # Make the members.
        new_member = body['_new_member_']
        if new_member is None:
            for base in enum_class.__mro__[1:]:
                candidate = base.__dict__.get('_new_member_')
                if candidate is not None:
                    new_member = candidate
                    break
        init = enum_class.__dict__.get('__init__')
        if init is None:
            for base in enum_class.__mro__[1:]:
                if base is Enum or base is object:
                    break
                if base is not member_type and '__init__' in base.__dict__:
                    init = base.__dict__['__init__']
                    break
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        for name in member_names:
            value = member_values[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if new_member is not None:
                enum_member = new_member(enum_class, *args)
            elif member_type is object:
                enum_member = object.__new__(enum_class)
            else:
                enum_member = member_type.__new__(enum_class, *args)
            if not hasattr(enum_member, '_value_') or '_value_' not in enum_member.__dict__:
                if member_type is object or new_member is not None and member_type is object:
                    enum_member._value_ = value
                else:
                    enum_member._value_ = member_type(*args)
            value = enum_member._value_
            enum_member._name_ = name
            enum_member.__objclass__ = enum_class
            enum_member._sort_order_ = len(enum_class._member_names_)
            if init is not None:
                init(enum_member, *args)
            # An alias when the value is already taken.
            try:
                canonical = enum_class._value2member_map_.get(value)
            except TypeError:
                canonical = None
                for m in enum_class._member_map_.values():
                    if m._value_ == value:
                        canonical = m
                        break
            if canonical is not None and not (is_flag and False):
                enum_member = canonical
            else:
                if not is_flag or _is_single_bit(value) or value == 0 or True:
                    enum_class._member_names_.append(name)
            enum_class._member_map_[name] = enum_member
            try:
                enum_class._value2member_map_.setdefault(value, enum_member)
            except TypeError:
                enum_class._unhashable_values_.append(value)
            type.__setattr__(enum_class, name, enum_member)

        if is_flag:
            enum_class._flag_mask_ = 0
            enum_class._all_bits_ = 0
            enum_class._singles_mask_ = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    enum_class._flag_mask_ |= m._value_
                    if _is_single_bit(m._value_):
                        enum_class._singles_mask_ |= m._value_
            if enum_class._flag_mask_:
                enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
            # Members that are combinations of others are not listed by iteration (3.11).
            enum_class._member_names_ = [n for n in enum_class._member_names_
                                         if _is_single_bit(enum_class._member_map_[n]._value_)]
        return enum_class

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        """The data type the members are instances of (object for a plain Enum), and the last Enum base."""
        if not bases:
            return object, Enum
        for chain in bases:
            if isinstance(chain, EnumType) and chain._member_names_:
                raise TypeError(f'<enum {class_name!r}> cannot extend {chain!r}')
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.append(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_types.append(candidate or base)
                    break
                else:
                    candidate = candidate or base
        data_types = list(dict.fromkeys(data_types))
        if len(data_types) > 1:
            raise TypeError(f'too many data types for {class_name!r}: {set(data_types)!r}')
        return (data_types[0] if data_types else object), bases[-1]

    @staticmethod
    def _use_enum_methods_(enum_class, classdict, bases, member_type, first_enum):
        """Members are looked up, printed and combined by Enum's methods, not by those of the data type that comes
        before Enum in the MRO (int.__new__, int.__repr__, int.__or__, ...), unless the class body defines them."""
        type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        for name in ('__repr__', '__str__', '__format__'):
            if name not in classdict:
                found = getattr(enum_class, name)
                if found in (getattr(member_type, name), getattr(object, name)):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
        if Flag is not None and issubclass(enum_class, Flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{_builtins.type(member).__qualname__}' and '{_builtins.type(cls).__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__}: cannot delete Enum member {attr!r}.')
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f'<flag {cls.__name__!r}>'
        return f'<enum {cls.__name__!r}>'

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __bool__(cls):
        return True

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = _builtins.type(cls)
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module or '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)


EnumMeta = EnumType


def _reduce_ex_by_global_name(self, proto):
    return self.name


def _is_single_bit(num):
    if not isinstance(num, int):
        return False
    if num == 0:
        return False
    num &= num - 1
    return num == 0


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs: class Color(Enum): RED = 1; GREEN = 2."""

    @classmethod
    def __new_lookup(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member')

    def __new__(cls, value):
        return cls.__new_lookup(value)

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return f'<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>'

    _value_repr_ = None

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        names.extend(n for n in self.__class__.__dict__ if not n.startswith('_'))
        return sorted(set(names))

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @_builtins.property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtins.property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type (see EnumType._use_enum_methods_)."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strs."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _new_str_member(cls, *values):
    if len(values) > 3:
        raise TypeError(f'too many arguments for str(): {values!r}')
    if len(values) == 1 and not isinstance(values[0], str):
        raise TypeError(f'{values[0]!r} is not a string')
    value = str(*values)
    member = str.__new__(cls, value)
    member._value_ = value
    return member


StrEnum._new_member_ = _new_str_member


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join([f'{alias} -> {name}' for (alias, name) in duplicates])
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration


class FlagBoundary(Enum):
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """Support for bit flags: members combine with |, &, ^ and ~."""

    _boundary_ = STRICT
    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError(f'invalid flag value {last_value!r}') from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {value!r}\n    given {bin(value)[2:].zfill(max_bits)}\n'
                                 f'  allowed {bin(flag_mask)[2:].zfill(max_bits)}')
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        pseudo_member._value_ = value
        names = [m._name_ for m in cls._iter_member_(member_value)]
        if names and unknown:
            names.append(cls._numeric_repr_(unknown))
        pseudo_member._name_ = '|'.join(names) if names else None
        cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return cls._value2member_map_[value]

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_ and m._value_ != 0:
                yield m

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(other).__qualname__}' and '{self.__class__.__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self.__class__._iter_member_(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'<{cls_name}: {self._value_!r}>'
        return f'<{cls_name}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    _inverted_ = None

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def __hash__(self):
        return hash(self._value_) if self._name_ is None else hash(self._name_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based flags: members are also ints."""


class EnumCheck(StrEnum):
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class verify:
    """Checks an enumeration: UNIQUE, CONTINUOUS, NAMED_FLAGS."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = sorted({m._value_ for m in enumeration})
                if values:
                    low, high = values[0], values[-1]
                    missing = [v for v in range(low, high + 1) if v not in values]
                    if missing:
                        raise ValueError(f'invalid enum {enumeration.__name__!r}: missing values '
                                         f'{", ".join(map(str, missing))}')
        return enumeration


def global_enum_repr(self):
    return f'{self.__class__.__module__}.{self._name_}'


def global_flag_repr(self):
    return f'{self.__class__.__module__}.{self._name_}'


def global_str(self):
    return self._name_


def global_enum(cls, update_str=False):
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
