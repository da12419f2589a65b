"""Loaded before Django (pytest -p tests.environment): the environment the test settings read.

The test server speaks plain HTTP, so the HTTPS-only redirect and cookies are off here; the
production values are tested separately with `check --deploy`.
"""

import os

os.environ.setdefault("HTTPS", "0")
# The live server answers each request in a new thread; persistent connections would outlive
# them and keep the test database from being dropped.
os.environ.setdefault("DB_CONN_MAX_AGE", "0")
os.environ.pop("REDIS_URL", None)  # the Redis tests set it themselves, in a subprocess
