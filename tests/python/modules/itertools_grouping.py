# itertools: chaining, grouping, accumulating and friends.
from itertools import chain, groupby, accumulate, zip_longest, tee, pairwise, starmap, compress, filterfalse
import operator

print(list(chain("ab", [1, 2], range(2))), list(chain()), list(chain.from_iterable(["xy", "z", []])))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([(k, len(list(g))) for k, g in groupby([1, 2, 4, 6, 7, 9, 10], key=lambda n: n % 2)])
data = sorted(["apple", "bean", "avocado", "banana", "cherry"], key=lambda w: w[0])
for letter, words in groupby(data, key=lambda w: w[0]):
    print(letter, list(words))
groups = groupby("aabbc")
first_key, first_group = next(groups)
second_key, second_group = next(groups)
print(first_key, list(first_group), second_key, list(second_group), [k for k, _ in groups])
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([5, 1, 7, 3], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate([], initial=0)), list(accumulate("abc")))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1], [2, 3], [4, 5, 6])), list(zip_longest()))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(a), list(b), [list(t) for t in tee("xy", 3)])
print(list(pairwise("ABCDE")), list(pairwise([1])), list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
running = list(accumulate([3, -1, 4, -1, -5, 9], lambda acc, x: max(acc + x, 0)))
print(running)
