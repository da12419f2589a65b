"""The one settings module: every value that differs per installation comes from the environment."""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from wijkkracht.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", default=False)
# HTTPS decides secure cookies, HSTS and the redirect; on by default outside DEBUG.
HTTPS = env_bool("HTTPS", default=not DEBUG)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG and HTTPS:
        raise ImproperlyConfigured("SECRET_KEY must be set in production (HTTPS=1).")
    SECRET_KEY = "wijkkracht-local-only-not-secret"  # noqa: S105 - local demo and tests only

SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# Roles that can read health notes must log in with a second factor. The local demo turns
# this off so a newcomer can look around; production leaves it on.
REQUIRE_TWO_FACTOR = env_bool("REQUIRE_TWO_FACTOR", default=True)

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "wijkkracht.core",
    "wijkkracht.members",
    "wijkkracht.help",
    "wijkkracht.activities",
    "wijkkracht.info",
    "wijkkracht.participation",
    "wijkkracht.businesscase",
    "wijkkracht.impact",
    "wijkkracht.contracts",
    "wijkkracht.outreach",
    "wijkkracht.care",
    "wijkkracht.academy",
    "wijkkracht.governance",
    "wijkkracht.federation",
    "wijkkracht.opendata",
    "wijkkracht.demo",
]

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    INSTALLED_APPS.append("django_rq")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "wijkkracht.core.middleware.security_headers",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "wijkkracht.core.middleware.session_refresh",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "wijkkracht.core.middleware.language",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wijkkracht.core.middleware.CollectiveScopeMiddleware",
]

ROOT_URLCONF = "wijkkracht.urls"
WSGI_APPLICATION = "wijkkracht.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wijkkracht.core.menu.navigation",
            ],
        },
    },
]

DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60), conn_health_checks=True
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env_str("SQLITE_PATH", str(BASE_DIR / "var" / "wijkkracht.sqlite3")),
            # WAL lets readers go on while one writer writes; IMMEDIATE takes the write lock
            # at the start of a transaction so two writers queue instead of failing halfway.
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
            # A new connection reads the whole schema before its first query: reusing one
            # halves the time of a small page.
            "CONN_MAX_AGE": env_int("DB_CONN_MAX_AGE", 60),
            # Tests use a file too: the live server's threads and concurrent requests each get
            # their own connection, as in production.
            "TEST": {"NAME": env_str("SQLITE_TEST_PATH", str(BASE_DIR / "var" / "test.sqlite3"))},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# "pages" keeps public pages (core.pagecache): shared in Redis, else per process, which is
# safe because a page's key changes with the data (core.versions).
CACHES: dict[str, dict[str, object]]
if REDIS_URL:
    # Redis may be away for a while (core.cache): a read is then a miss, and sessions, kept
    # in the database with Redis in front, still hold.
    redis_cache: dict[str, object] = {
        "BACKEND": "wijkkracht.core.cache.ForgivingRedisCache",
        "LOCATION": REDIS_URL,
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
    }
    CACHES = {"default": redis_cache, "pages": redis_cache | {"KEY_PREFIX": "pages"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    RQ_QUEUES = {
        "default": {"URL": REDIS_URL, "QUEUE_CLASS": "wijkkracht.core.taskqueue.RetryingQueue"}
    }
    TASKS = {
        "default": {"BACKEND": "wijkkracht.core.taskqueue.DurableRQBackend", "QUEUES": ["default"]}
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
    }
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
if env_bool("TASKS_IMMEDIATE", default=False):
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

AUTH_USER_MODEL = "core.User"
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "core:login"
LOGIN_REDIRECT_URL = "core:start"
LOGOUT_REDIRECT_URL = "core:start"
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600  # an invitation link stays valid for three days
LOGIN_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
LOGIN_FAILURE_WINDOW_MINUTES = env_int("LOGIN_FAILURE_WINDOW_MINUTES", 15)
OTP_TOTP_ISSUER = "Wijkkracht"

# Sessions end after two hours without activity and when the browser closes: coordinators
# often work on shared computers in a community centre.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 2 * 3600)
# A session in use is saved again once a minute (core.middleware.session_refresh), not on
# every request: a write per page view was the largest cost of a logged-in page.
SESSION_SAVE_EVERY_REQUEST = False
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# HAProxy in front (scripts/production): it says the scheme and appends the client's address
# to X-Forwarded-For (core.access.client_ip).
BEHIND_PROXY = env_bool("BEHIND_PROXY", default=False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "wijkkracht" / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
# WhiteNoise reads this folder at start-up; collectstatic fills it for production.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
NODE_MODULES = BASE_DIR / "node_modules"
# (static prefix, folder in node_modules, the files of it that pages load)
VENDOR_FILES = [
    ("vendor/utrecht", "@utrecht/component-library-css/dist", ["html.css", "index.css"]),
    ("vendor/utrecht-tokens", "@utrecht/design-tokens/dist", ["index.css"]),
    ("vendor/htmx", "htmx.org/dist", ["htmx.min.js"]),
]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "wijkkracht.core.staticfinders.VendorFinder",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("STATIC_MANIFEST", default=HTTPS)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not env_bool("STATIC_MANIFEST", default=HTTPS)

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Wijkkracht <noreply@wijkkracht.localhost>")

# Partners and federations never see a count below this number.
SMALL_COUNT_THRESHOLD = env_int("SMALL_COUNT_THRESHOLD", 10)
API_CALLS_PER_MINUTE = env_int("API_CALLS_PER_MINUTE", 60)  # per partner key

# Personal data of former members is erased this many years after their membership ended.
MEMBER_RETENTION_YEARS = env_int("MEMBER_RETENTION_YEARS", 2)
# The financial administration must be kept 7 years (art. 2:10 BW, art. 52 AWR).
FINANCIAL_RETENTION_YEARS = 7

# LOG_FORMAT=json writes JSON lines (core.jsonlog); LOG_REQUESTS=1 adds a line per request
# with the URL pattern, status and time, never the path or the person.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "wijkkracht.core.jsonlog.JsonFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            **({"formatter": "json"} if env_str("LOG_FORMAT") == "json" else {}),
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # Request URLs never carry personal data here, but a 404 line can carry a query
    # string someone typed; warnings about requests stay out of the log.
    "loggers": {"django.request": {"level": "ERROR"}},
}
if env_bool("LOG_REQUESTS", default=False):
    MIDDLEWARE.insert(0, "wijkkracht.core.jsonlog.request_log")
