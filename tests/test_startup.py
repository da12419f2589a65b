"""Every command and every worker starts quickly: the URLs load without the heavy libraries,
which the few pages that need them import on first use."""

import subprocess
import sys

HEAVY = ("numpy", "scipy", "openpyxl", "reportlab", "icalendar", "qrcode", "snowballstemmer")


def test_loading_the_urls_leaves_the_heavy_libraries_to_the_pages_that_use_them() -> None:
    code = (
        "import sys, django; django.setup(); import wijkkracht.urls; "
        f"print(*sorted(name for name in {HEAVY!r} if name in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert loaded == []
