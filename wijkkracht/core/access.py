"""Who may see what inside a collective. "Not found" and "no access" look the same: a 404."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from wijkkracht.core.models import Collective, Person, Role, User
from wijkkracht.core.models.people import SENSITIVE_ROLES

if TYPE_CHECKING:
    from wijkkracht.core.versions import Versions


@dataclass(frozen=True)
class Membership:
    """The requesting user's place in the collective of the URL."""

    collective: Collective
    person: Person | None
    roles: frozenset[str]

    def has(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))


def membership_for(*, user: Any, collective: Collective) -> Membership:
    """Look up the user's person and roles in the (already scoped) collective."""
    if not user.is_authenticated:
        return Membership(collective=collective, person=None, roles=frozenset())
    # One query for the person and the roles; a second only for someone without a role here.
    roles = list(Role.objects.filter(person__user=user).select_related("person"))
    person = roles[0].person if roles else Person.objects.filter(user=user).first()
    names = frozenset(role.name for role in roles)
    return Membership(collective=collective, person=person, roles=names)


def client_ip(request: HttpRequest) -> str | None:
    """The visitor's address. Behind our proxy every request comes from the proxy, which
    appends the real address as the last entry of X-Forwarded-For (entries before it are what
    the visitor claimed, so never those)."""
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.rsplit(",", 1)[-1].strip()
    return request.META.get("REMOTE_ADDR")


class CollectiveRequest(HttpRequest):
    """A request inside /<collective-slug>/…, as the scope middleware leaves it."""

    user: User
    collective: Collective
    membership: Membership
    versions: "Versions"


def needs_second_factor(user: Any, roles: frozenset[str]) -> bool:
    """Tell whether this user must still prove a second factor before going on."""
    if not settings.REQUIRE_TWO_FACTOR or not roles.intersection(SENSITIVE_ROLES):
        return False
    return not user.is_verified()


def two_factor_redirect(request: HttpRequest) -> HttpResponseRedirect:
    query = urlencode({"next": request.get_full_path()})
    return HttpResponseRedirect(f"{reverse('core:two_factor')}?{query}")


View = Callable[..., HttpResponse]


def role_required(*roles: str) -> Callable[[View], View]:
    """Let in only users holding one of these roles here (any role when none are named)."""

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(
            request: CollectiveRequest, collective_slug: str, **kwargs: Any
        ) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            membership = request.membership
            allowed = membership.has(*roles) if roles else bool(membership.roles)
            if not allowed:
                raise Http404
            if needs_second_factor(request.user, membership.roles):
                return two_factor_redirect(request)
            return view(request, **kwargs)

        return wrapper

    return decorator
