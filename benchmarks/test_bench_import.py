"""``import copaperu``, timed against ``python -c pass`` in the same benchmark.

Each is a fresh interpreter (bytecode already compiled), run 21 times; the
medians are printed at the end of the run. Nothing is asserted about time.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from _report import COMPARISONS


def median_ms(code: str, repeat: int = 21) -> float:
    subprocess.run([sys.executable, "-c", code], check=True)  # warm the caches
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def test_import_time_against_an_empty_interpreter() -> None:
    bare = median_ms("pass")
    facade = median_ms("import copaperu")
    table = median_ms(
        "import copaperu as cp; cp.standings(['A', 'B'], [('A', 'B', 1, 0)], cp.rules.CLASSIC)"
    )
    replayed = median_ms(
        "import copaperu as cp; cp.replay(cp.load_edition('copa-peru-1997'))"
    )
    COMPARISONS.append(
        f"python -c pass {bare:.0f} ms; import copaperu {facade:.0f} ms; "
        f"import and one table {table:.0f} ms; import, load and replay an edition "
        f"{replayed:.0f} ms"
    )
    assert facade > 0
