# Imports follow sys.path as the program changes it: appended and inserted folders, and removed ones.
import os
import sys

here = sys.path[0]  # the script's folder
try:
    import found_on_path
except ImportError as e:
    print("before:", type(e).__name__, e)

sys.path.append(os.path.join(here, "support", "extra"))
import found_on_path
print(found_on_path.hello(), found_on_path.__name__)

sys.path.insert(0, os.path.join(here, "support", "extra2"))
import pathmod
print(pathmod.WHERE, pathmod.__file__.endswith(os.path.join("extra2", "pathmod.py")))

sys.path[:] = [p for p in sys.path if not p.endswith("extra")]
try:
    import never_there
except ModuleNotFoundError as e:
    print("after:", e)
