"""The baseline: pandas reads the same CSV, describes it and counts missing values."""
import sys
import time

import pandas as pd

start = time.perf_counter()
frame = pd.read_csv(sys.argv[1])
loaded = time.perf_counter()
description = frame.describe()
missing = frame.isna().sum()
end = time.perf_counter()
print(f"pandas rows={len(frame)} load={loaded - start:.3f}s total={end - start:.3f}s")
