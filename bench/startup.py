"""How fast a command starts: `manage.py check` (which loads every URL and view) against
`django.setup()` alone (settings and models), each as a fresh process, in the same run.

Also lists which heavy libraries loading the URLs pulls in (there should be none).

    .venv/bin/python bench/startup.py
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 10
HEAVY = ("numpy", "scipy", "openpyxl", "reportlab", "icalendar", "qrcode", "snowballstemmer")


def seconds(*argv: str) -> float:
    """Median wall-clock seconds of RUNS fresh processes, after one to warm the disk cache."""
    times = []
    for run in range(RUNS + 1):
        started = time.perf_counter()
        run_python(*argv)
        if run:
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def run_python(*argv: str) -> str:
    env = {**os.environ, "HTTPS": "0", "DJANGO_SETTINGS_MODULE": "wijkkracht.settings"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a first run writes the bytecode, as a clone does
    return subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, *argv], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


def main() -> None:
    setup = seconds("-c", "import django; django.setup()")
    check = seconds("manage.py", "check")
    code = (
        "import sys, django; django.setup(); import wijkkracht.urls; "
        f"print(*sorted(name for name in {HEAVY!r} if name in sys.modules))"
    )
    heavy = run_python("-c", code).split()
    print(f"django.setup() alone  {setup:5.2f} s  (baseline)")
    print(f"manage.py check       {check:5.2f} s  ({check / setup:.2f} x; goal <= 1 s)")
    print(f"heavy libraries at URL load: {', '.join(heavy) or 'none'}")


if __name__ == "__main__":
    main()
