# Instantiating an abstract class without handling the TypeError.
from abc import ABC, abstractmethod


class Repository(ABC):
    @abstractmethod
    def load(self, key):
        ...


class Memory(Repository):
    pass


print("creating")
Memory()
