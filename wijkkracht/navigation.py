"""The menu of a collective. It lives beside the apps, not in core, because it names them all.

The menu is grouped by what people do. The bar shows "Vandaag" and the groups a person has
something in; a group with one page links to it, a group with more to a page of large links.
The group of the page being shown is marked.
"""

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import get_script_prefix, reverse
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.access import CollectiveRequest

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise

# Who sees an item: every visitor, only visitors without a role here, or these roles
# (empty: every role).
EVERYONE = ("*",)
VISITORS = ("-",)


class Group(NamedTuple):
    key: str
    label: "_StrPromise"
    # The URL namespaces and names whose pages belong to this group (to mark it).
    owns: tuple[str, ...]
    items: tuple[tuple[str, "_StrPromise", tuple[str, ...]], ...]


GROUPS = (
    Group(
        "hulp",
        _("Hulp"),
        ("help:",),
        (
            ("help:dashboard", _("1-loket"), ("coordinator",)),
            ("help:callback_list", _("Terugbellen"), ("coordinator",)),
            ("help:volunteer_list", _("Vrijwilligers"), ("coordinator",)),
            ("help:my_tasks", _("Mijn taken"), ("volunteer",)),
            ("help:callback_create", _("Hulp vragen"), VISITORS),
            ("help:ask", _("Hulp vragen"), ("resident", "member")),
            ("help:my_requests", _("Mijn hulpvragen"), ("resident", "member")),
        ),
    ),
    Group(
        "samen",
        _("Samen"),
        ("activities:",),
        (
            ("activities:calendar", _("Agenda"), EVERYONE),
            ("activities:activity_list", _("Activiteiten"), ("coordinator", "volunteer")),
            (
                "activities:my_activities",
                _("Mijn activiteiten"),
                ("resident", "member", "volunteer"),
            ),
            ("activities:place_list", _("Plekken en zalen"), EVERYONE),
            ("activities:board", _("Prikbord"), EVERYONE),
        ),
    ),
    Group(
        "informatie",
        _("Informatie"),
        ("info:",),
        (
            ("info:home", _("Informatie en hulp in de buurt"), EVERYONE),
            ("info:desk_choose", _("Balie"), ("coordinator", "volunteer")),
        ),
    ),
    Group(
        "inspraak",
        _("Inspraak"),
        ("participation:",),
        (("participation:overview", _("Inspraak"), EVERYONE),),
    ),
    Group(
        "vereniging",
        _("Vereniging"),
        (
            "members:",
            "core:person_",
            "core:audit_log",
            "core:my_",
            "core:api_token",
            "core:collective_edit",
        ),
        (
            ("members:apply", _("Lid worden"), VISITORS),
            ("members:my_membership", _("Mijn lidmaatschap"), ("member",)),
            ("core:person_list", _("Mensen"), ("coordinator", "board")),
            ("members:member_list", _("Leden"), ("coordinator", "board")),
            ("members:application_list", _("Aanmeldingen"), ("coordinator", "board")),
            ("members:contributions", _("Contributie"), ("coordinator", "board")),
            ("core:collective_edit", _("Voorpagina aanpassen"), ("coordinator",)),
            ("core:audit_log", _("Logboek"), ("coordinator", "board")),
            ("core:api_tokens", _("API-sleutels"), ("partner",)),
            ("core:my_data", _("Mijn gegevens"), ()),
        ),
    ),
    Group(
        "cijfers",
        _("Cijfers"),
        ("businesscase:", "impact:", "info:facts"),
        (
            ("info:facts", _("Cijfers over onze buurt"), EVERYONE),
            ("businesscase:case_list", _("Businesscase"), ("coordinator", "board", "partner")),
            ("impact:round_list", _("Impact"), ("coordinator", "board", "partner")),
        ),
    ),
)
_BY_KEY = {group.key: group for group in GROUPS}


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


@lru_cache(maxsize=4096)
def _menu(slug: str, roles: frozenset[str], prefix: str) -> tuple[MenuGroup, ...]:
    """Worked out once per collective and set of roles; the labels translate when shown."""
    menu = []
    for group in GROUPS:
        items = tuple(
            MenuItem(reverse(name, args=[slug]), label)
            for name, label, allowed in group.items
            if _sees(allowed, roles)
        )
        if items:
            url = items[0].url if len(items) == 1 else reverse("menu_group", args=[slug, group.key])
            menu.append(MenuGroup(group.key, group.label, url, items))
    return tuple(menu)


def _current_group(request: HttpRequest) -> str:
    match = request.resolver_match
    if match is None:
        return ""
    if match.view_name == "menu_group":
        return str(match.kwargs["group"])
    for group in GROUPS:
        if any(match.view_name.startswith(prefix) for prefix in group.owns):
            return group.key
    return ""


def navigation(request: HttpRequest) -> dict[str, object]:
    """The menu of the collective in the URL: its public pages, and what the roles may open."""
    membership = getattr(request, "membership", None)
    if membership is None:
        return {"collective_menu": []}
    slug = membership.collective.slug
    return {
        "collective_menu": _menu(slug, membership.roles, get_script_prefix()),
        "collective_today": reverse("core:collective_home", args=[slug]),
        "current_group": _current_group(request),
    }


def group_view(request: CollectiveRequest, collective_slug: str, group: str) -> HttpResponse:
    """One group of the menu as a page of large links."""
    menu = _menu(collective_slug, request.membership.roles, get_script_prefix())
    shown = next((entry for entry in menu if entry.key == group), None)
    if group not in _BY_KEY or shown is None:
        raise Http404
    return render(request, "core/menu_group.html", {"group": shown})
