def not_done():
    raise NotImplementedError

print("start")
not_done()
