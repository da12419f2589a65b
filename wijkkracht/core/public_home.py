"""What each app shows on a collective's public home, and what needs doing today per role.

Core cannot import the domain apps, so each app registers its parts when it starts (as it
registers its personal data). A public part is a template and a function that gives its
context, or None when it has nothing to show; a today part gives the lines for one person.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise

    from wijkkracht.core.access import CollectiveRequest, Membership


@dataclass(frozen=True)
class HomePart:
    key: str
    order: int
    template: str
    context: Callable[["CollectiveRequest"], dict[str, Any] | None]


@dataclass(frozen=True)
class TodayLine:
    """One thing to do today: what, how many, and the page where it is done."""

    label: "_StrOrPromise"
    count: int
    url: str


@dataclass(frozen=True)
class TodayPart:
    key: str
    order: int
    lines: Callable[["Membership"], list[TodayLine]]


_HOME: dict[str, HomePart] = {}
_TODAY: dict[str, TodayPart] = {}


def home_part_register(
    *,
    key: str,
    order: int,
    template: str,
    context: Callable[["CollectiveRequest"], dict[str, Any] | None],
) -> None:
    _HOME[key] = HomePart(key=key, order=order, template=template, context=context)


def home_parts(request: "CollectiveRequest") -> list[SafeString]:
    """The parts with something to show, rendered in their order (safe HTML)."""
    shown: list[SafeString] = []
    for part in sorted(_HOME.values(), key=lambda part: part.order):
        context = part.context(request)
        if context is not None:
            shown.append(render_to_string(part.template, context, request=request))
    return shown


def today_part_register(
    *, key: str, order: int, lines: Callable[["Membership"], list[TodayLine]]
) -> None:
    _TODAY[key] = TodayPart(key=key, order=order, lines=lines)


def today_lines(membership: "Membership") -> list[TodayLine]:
    """What this person has to do today across the apps, in the apps' order."""
    lines: list[TodayLine] = []
    for part in sorted(_TODAY.values(), key=lambda part: part.order):
        lines.extend(part.lines(membership))
    return lines
