"""The menu of a collective. It lives beside the apps, not in core, because it names them all."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

# Menu items of a collective: (URL name, label, roles that see it; empty means every role).
_COLLECTIVE_MENU = [
    ("core:collective_home", _("Overzicht"), ()),
    ("help:dashboard", _("Hulpvragen"), ("coordinator",)),
    ("help:volunteer_list", _("Vrijwilligers"), ("coordinator",)),
    ("core:person_list", _("Mensen"), ("coordinator", "board")),
    ("members:member_list", _("Leden"), ("coordinator", "board")),
    ("members:contributions", _("Contributie"), ("coordinator", "board")),
    ("members:my_membership", _("Mijn lidmaatschap"), ("member",)),
    ("help:my_tasks", _("Mijn taken"), ("volunteer",)),
    ("help:ask", _("Hulp vragen"), ("resident", "member")),
    ("core:audit_log", _("Logboek"), ("coordinator", "board")),
    ("core:api_tokens", _("API-sleutels"), ("partner",)),
    ("core:my_data", _("Mijn gegevens"), ()),
]


def navigation(request: HttpRequest) -> dict[str, object]:
    """The menu of the collective in the URL, showing only what the user's roles may open."""
    membership = getattr(request, "membership", None)
    if membership is None or not membership.roles:
        return {"collective_menu": []}
    slug = membership.collective.slug
    menu = [
        {"url": reverse(name, args=[slug]), "label": label}
        for name, label, roles in _COLLECTIVE_MENU
        if not roles or membership.has(*roles)
    ]
    return {"collective_menu": menu}
