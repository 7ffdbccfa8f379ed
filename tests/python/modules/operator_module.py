# operator: functions for operators, itemgetter/attrgetter/methodcaller.
import operator
from collections import namedtuple

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3))
print(operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3.5), operator.invert(5), operator.lshift(1, 8))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.not_(0), operator.truth([]), operator.index(7))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.gt(3, 2), operator.ge(1, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.concat([1], [2]))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"), operator.getitem({"k": 5}, "k"))
items = [1, 2, 3]
operator.setitem(items, 0, 10)
operator.delitem(items, 1)
print(items, operator.iadd([1], [2]), operator.iadd(5, 1), operator.length_hint([1, 2, 3]), operator.length_hint(object(), 9))
Person = namedtuple("Person", "name age")
people = [Person("ann", 31), Person("bob", 25), Person("cy", 31)]
print(sorted(people, key=operator.attrgetter("age", "name")))
print(list(map(operator.itemgetter(0), people)), operator.itemgetter(1, 0)(people[0]), operator.itemgetter(slice(1, 3))("abcd"))
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=operator.itemgetter(1)), max(pairs, key=operator.itemgetter(0)))
upper = operator.methodcaller("upper")
split_comma = operator.methodcaller("split", ",")
print(upper("shout"), split_comma("a,b,c"), operator.methodcaller("replace", "a", "o")("banana"))
print(operator.itemgetter(1), operator.attrgetter("a.b", "c"), operator.methodcaller("f", 1, k=2))


class Box:
    def __init__(self, inner):
        self.inner = inner


print(operator.attrgetter("inner.inner")(Box(Box(42))), operator.call(max, 3, 9))
