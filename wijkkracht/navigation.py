"""The menu of a collective. It lives beside the apps, not in core, because it names them all."""

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from django.http import HttpRequest
from django.urls import get_script_prefix, reverse
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise

# Public pages, shown to every visitor, logged in or not.
EVERYONE = ("*",)
# Menu items of a collective: (URL name, label, roles that see it; empty means every role).
_COLLECTIVE_MENU = [
    ("core:collective_home", _("Overzicht"), EVERYONE),
    ("help:dashboard", _("Hulpvragen"), ("coordinator",)),
    ("help:volunteer_list", _("Vrijwilligers"), ("coordinator",)),
    ("activities:calendar", _("Agenda"), EVERYONE),
    ("activities:activity_list", _("Activiteiten"), ("coordinator", "volunteer")),
    ("activities:place_list", _("Plekken en zalen"), EVERYONE),
    ("activities:board", _("Prikbord"), EVERYONE),
    ("info:home", _("Informatie"), EVERYONE),
    ("info:desk_choose", _("Balie"), ("coordinator", "volunteer")),
    ("participation:overview", _("Inspraak"), EVERYONE),
    ("businesscase:case_list", _("Businesscase"), ("coordinator", "board", "partner")),
    ("impact:round_list", _("Impact"), ("coordinator", "board", "partner")),
    ("core:person_list", _("Mensen"), ("coordinator", "board")),
    ("members:member_list", _("Leden"), ("coordinator", "board")),
    ("members:contributions", _("Contributie"), ("coordinator", "board")),
    ("members:my_membership", _("Mijn lidmaatschap"), ("member",)),
    ("help:my_tasks", _("Mijn taken"), ("volunteer",)),
    ("help:ask", _("Hulp vragen"), ("resident", "member")),
    ("activities:my_activities", _("Mijn activiteiten"), ("resident", "member", "volunteer")),
    ("core:audit_log", _("Logboek"), ("coordinator", "board")),
    ("core:api_tokens", _("API-sleutels"), ("partner",)),
    ("core:my_data", _("Mijn gegevens"), ()),
]


class MenuItem(NamedTuple):
    url: str
    label: "_StrPromise"


def navigation(request: HttpRequest) -> dict[str, object]:
    """The menu of the collective in the URL: its public pages, and what the roles may open."""
    membership = getattr(request, "membership", None)
    if membership is None:
        return {"collective_menu": []}
    return {
        "collective_menu": _menu(membership.collective.slug, membership.roles, get_script_prefix())
    }


@lru_cache(maxsize=4096)
def _menu(slug: str, roles: frozenset[str], prefix: str) -> tuple[MenuItem, ...]:
    """Worked out once per collective and set of roles; the labels translate when shown."""
    return tuple(
        MenuItem(reverse(name, args=[slug]), label)
        for name, label, allowed in _COLLECTIVE_MENU
        if allowed == EVERYONE or (roles and (not allowed or roles.intersection(allowed)))
    )
