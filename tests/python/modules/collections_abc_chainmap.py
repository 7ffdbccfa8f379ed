# collections.abc checks and mixins, ChainMap, UserDict/UserList/UserString.
from collections import ChainMap, UserDict, UserList, UserString, deque, OrderedDict
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence,
                             Mapping, MutableMapping, Set, MutableSet, Generator)

for value in [[], (), "", {}, set(), frozenset(), range(3), deque(), iter([]), 5, len, (x for x in [])]:
    print(type(value).__name__, isinstance(value, Iterable), isinstance(value, Iterator), isinstance(value, Sized),
          isinstance(value, Sequence), isinstance(value, MutableSequence), isinstance(value, Mapping),
          isinstance(value, Set), isinstance(value, Hashable), isinstance(value, Callable))
print(issubclass(list, Sequence), issubclass(dict, MutableMapping), issubclass(OrderedDict, Mapping), issubclass(int, Container))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(isinstance(Countdown(2), Iterator), list(Countdown(3)))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


sq = Squares(6)
print(list(sq), 16 in sq, sq.index(9), sq.count(4), list(reversed(sq)), isinstance(sq, Iterable))


class Registry(MutableMapping):
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


r = Registry()
r["One"] = 1
r.update(TWO=2)
print(r["ONE"], r.get("two"), r.get("three", 0), "one" in r, sorted(r.keys()), r.setdefault("x", 9), r.pop("x"), len(r))


class Bag(Set):
    def __init__(self, items):
        self._items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


print(sorted(Bag("abc") & Bag("bcd")), sorted(Bag("ab") | Bag("bc")), Bag("ab") <= Bag("abc"), Bag("ab") == Bag("ba"))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z"), "b" in cm)
child = cm.new_child({"c": 4})
child["a"] = 100
print(child, child.parents, cm.maps[0])
ud = UserDict(a=1)
ud["b"] = 2
print(ud, len(ud), ud.data, "a" in ud, isinstance(ud, MutableMapping))
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], len(ul), ul + [9])
us = UserString("hello")
print(us.upper(), us + "!", len(us), us[1:3], "ell" in us)
