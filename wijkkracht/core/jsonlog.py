"""Logs as JSON lines for a log collector, and one line per request, without personal data.

A request line names the URL pattern (``<slug:collective_slug>/hulp/<int:pk>/``), never the
path: paths can hold a link's secret token, and query strings what someone typed in a search.
"""

import json
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from http import HTTPStatus

from django.http import HttpRequest, HttpResponse

# Loaded by the logging configuration, before the apps: no models imported from here.
Handler = Callable[[HttpRequest], HttpResponse]

requests_logger = logging.getLogger("wijkkracht.requests")
READINESS_ROUTE = "api/ready"

# Attributes every LogRecord has; the rest were passed as ``extra`` and go into the line.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        line |= {key: value for key, value in vars(record).items() if key not in _STANDARD}
        request = line.pop("request", None)
        if isinstance(request, HttpRequest):  # django.request: "<reason>: <path>"
            line["message"] = str(record.args[0]) if isinstance(record.args, tuple) else ""
            line["route"] = request.resolver_match.route if request.resolver_match else None
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def request_log(get_response: Handler) -> Handler:
    """Log method, URL pattern, collective, status and duration of every request."""

    def middleware(request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = get_response(request)
        match = request.resolver_match
        if match and match.route == READINESS_ROUTE and response.status_code == HTTPStatus.OK:
            return response  # the load balancer asks every second; only a "no" is news
        requests_logger.info(
            "request",
            extra={
                "method": request.method,
                "route": match.route if match else None,
                "collective": match.kwargs.get("collective_slug") if match else None,
                "status": response.status_code,
                "ms": round((time.perf_counter() - started) * 1000, 1),
            },
        )
        return response

    return middleware
