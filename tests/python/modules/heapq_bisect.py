# heapq and bisect: CPython's heap layout and insertion points.
import heapq
import bisect

heap = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(heap, x)
    print(heap)
print([heapq.heappop(heap) for _ in range(3)], heap)
data = [9, 4, 7, 1, 3, 8, 2, 6]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 8]), heapq.nsmallest(2, [5, 1, 8, 3]), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge(["ab", "d"], ["c"], key=str.lower)))
tasks = []
for priority, name in [(3, "write"), (1, "plan"), (2, "test"), (1, "coffee")]:
    heapq.heappush(tasks, (priority, name))
while tasks:
    print(heapq.heappop(tasks), end=" ")
print()
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
scores = [60, 70, 80, 90]
grades = "FDCBA"
print([grades[bisect.bisect(scores, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9), bisect.bisect(a, 4, 0, 3))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a)
records = [("ann", 1), ("bob", 5), ("cy", 9)]
print(bisect.bisect_left(records, 5, key=lambda r: r[1]))
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print(e)
