# typing: annotations evaluate, generic aliases print as in CPython, NamedTuple/TypedDict class syntax.
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, NamedTuple, TypedDict, Iterable, cast
import typing

T = TypeVar("T")


def first(items: List[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


print(first([3, 4]), first([], "none"), List[int], Dict[str, List[int]], Optional[str], Union[int, str], Tuple[int, ...])
print(Callable[[int, str], bool], Any, T, Union[int], Union[int, None], Iterable[str], typing.Set[bytes])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items)


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 0

    def raise_by(self, pct: int) -> "Employee":
        return self._replace(salary=self.salary * (100 + pct) // 100)


e = Employee("ann", salary=100)
print(e, e.raise_by(10), e._fields, Employee._field_defaults)


class Movie(TypedDict):
    title: str
    year: int


m: Movie = {"title": "Up", "year": 2009}
print(m, Movie(title="x", year=1), cast(int, "not checked"), typing.get_type_hints(first) if False else "")
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.TYPE_CHECKING)
