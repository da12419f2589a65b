"""What the information point adds to the public home: walk-in hours and news."""

from typing import Any

from wijkkracht.core.access import CollectiveRequest
from wijkkracht.info.models import ArticleKind
from wijkkracht.info.selectors import articles, walk_in_week

SHOWN = 3


def walk_ins(request: CollectiveRequest) -> dict[str, Any] | None:
    hours = walk_in_week(public_only=not request.membership.roles)[:SHOWN]
    return {"walk_ins": hours} if hours else None


def news(request: CollectiveRequest) -> dict[str, Any] | None:
    latest = list(articles(public_only=not request.membership.roles, kind=ArticleKind.NEWS)[:SHOWN])
    return {"news": latest} if latest else None
