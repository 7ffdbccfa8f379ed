print("start")
print((1, 2)
print("end")
