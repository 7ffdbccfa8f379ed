nums = list(range(10))
print(nums[2:5], nums[:3], nums[7:], nums[-3:], nums[:-7], nums[::3], nums[::-1], nums[8:2:-2])
print(nums[100:], nums[-100:2], nums[5:2], (0, 1, 2, 3)[1:3], (0, 1, 2, 3)[::-1])
copy = nums[:]
copy[0] = 99
print(nums[0], copy[0])
nums[2:5] = ["a", "b", "c"]
print(nums)
nums[2:5] = []
print(nums)
nums[1:1] = [10, 20]
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
del nums[::3]
print(nums)
del nums[1:3]
print(nums)
nums[:] = [1, 2, 3]
print(nums)
nums[-1:] = "xyz"
print(nums)
