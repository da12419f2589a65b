from django.http import HttpResponse
from django.shortcuts import render

from wijkkracht.core.access import CollectiveRequest
from wijkkracht.core.pagecache import public_page
from wijkkracht.core.selectors import role_counts, role_counts_for_partners


@public_page
def collective_home(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    """The collective's home: a short public page, or the dashboard of the user's roles."""
    membership = request.membership
    context: dict[str, object] = {"collective": request.collective}
    if membership.has("coordinator", "board"):
        context["role_counts"] = role_counts()
    elif membership.has("partner"):
        context["partner_counts"] = role_counts_for_partners()
    return render(request, "core/collective_home.html", context)
