"""The menu of a collective, grouped by what people do; each app registers its own items.

The bar shows "Vandaag" (or "Voorpagina" for a visitor) and the groups a person has something
in; a group with one page for them links to it, a larger one to a page of large links. The
group of the page shown is marked: the group of its own item, or else the first group with an
item of the same app.
"""

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from django.http import HttpRequest
from django.urls import get_script_prefix, reverse
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise

# Who sees an item: every visitor, only visitors without a role here, or these roles
# (empty: every role).
EVERYONE = ("*",)
VISITORS = ("-",)

GROUPS: tuple[tuple[str, "_StrPromise"], ...] = (
    ("hulp", _("Hulp")),
    ("samen", _("Samen")),
    ("informatie", _("Informatie")),
    ("inspraak", _("Inspraak")),
    ("vereniging", _("Vereniging")),
    ("cijfers", _("Cijfers")),
)
_GROUP_KEYS = [key for key, _label in GROUPS]


@dataclass(frozen=True)
class MenuEntry:
    group: str
    order: int
    name: str  # URL name; the URL takes the collective's slug only
    label: "_StrPromise"
    roles: tuple[str, ...] = ()  # see EVERYONE and VISITORS


_ENTRIES: dict[str, MenuEntry] = {}


def menu_register(*entries: MenuEntry) -> None:
    for entry in entries:
        if entry.group not in _GROUP_KEYS:
            raise ValueError(f"unknown menu group: {entry.group}")
        _ENTRIES[entry.name] = entry


class MenuItem(NamedTuple):
    url: str
    label: "_StrPromise"


class MenuGroup(NamedTuple):
    key: str
    label: "_StrPromise"
    url: str
    items: tuple[MenuItem, ...]


def _sees(allowed: tuple[str, ...], roles: frozenset[str]) -> bool:
    if allowed == EVERYONE:
        return True
    if allowed == VISITORS:
        return not roles
    return bool(roles) and (not allowed or bool(roles.intersection(allowed)))


def _entries_of(group: str) -> list[MenuEntry]:
    return sorted(
        (entry for entry in _ENTRIES.values() if entry.group == group),
        key=lambda entry: entry.order,
    )


@lru_cache(maxsize=4096)
def menu(slug: str, roles: frozenset[str], prefix: str) -> tuple[MenuGroup, ...]:
    """Worked out once per collective and set of roles; the labels translate when shown."""
    shown = []
    for key, label in GROUPS:
        items = tuple(
            MenuItem(reverse(entry.name, args=[slug]), entry.label)
            for entry in _entries_of(key)
            if _sees(entry.roles, roles)
        )
        if items:
            url = items[0].url if len(items) == 1 else reverse("core:menu_group", args=[slug, key])
            shown.append(MenuGroup(key, label, url, items))
    return tuple(shown)


@lru_cache(maxsize=1024)
def _group_of(view_name: str) -> str:
    entry = _ENTRIES.get(view_name)
    if entry is not None:
        return entry.group
    namespace = view_name.partition(":")[0] + ":"
    for key in _GROUP_KEYS:
        if any(entry.name.startswith(namespace) for entry in _entries_of(key)):
            return key
    return ""


def _current_group(request: HttpRequest) -> str:
    match = request.resolver_match
    if match is None or match.view_name == "core:collective_home":
        return ""
    if match.view_name == "core:menu_group":
        return str(match.kwargs["group"])
    return _group_of(match.view_name)


def navigation(request: HttpRequest) -> dict[str, object]:
    """The menu of the collective in the URL: its public pages, and what the roles may open."""
    membership = getattr(request, "membership", None)
    if membership is None:
        return {"collective_menu": []}
    slug = membership.collective.slug
    return {
        "collective_menu": menu(slug, membership.roles, get_script_prefix()),
        "collective_today": reverse("core:collective_home", args=[slug]),
        "current_group": _current_group(request),
    }
