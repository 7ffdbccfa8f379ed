def helper():
    return 1 / 0

value = helper()
