print("never runs")
for x in range(1):
    while True:
        for x in range(1):
            while True:
                for x in range(1):
                    while True:
                        for x in range(1):
                            while True:
                                for x in range(1):
                                    while True:
                                        for x in range(1):
                                            while True:
                                                for x in range(1):
                                                    while True:
                                                        for x in range(1):
                                                            while True:
                                                                for x in range(1):
                                                                    while True:
                                                                        for x in range(1):
                                                                            while True:
                                                                                for x in range(1):
                                                                                    pass
