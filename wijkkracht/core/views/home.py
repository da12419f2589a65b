from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from wijkkracht.core.models import Collective
from wijkkracht.core.selectors import user_collectives, user_federations


def start(request: HttpRequest) -> HttpResponse:
    """The front page: what Wijkkracht is; someone with one collective goes straight to its
    Vandaag, someone with more chooses."""
    context: dict[str, object] = {"all_collectives": Collective.objects.only("name", "slug")}
    if request.user.is_authenticated:
        collectives = list(user_collectives(user=request.user))
        federations = list(user_federations(user=request.user))
        if len(collectives) == 1 and not federations and not request.user.is_staff:
            return redirect("core:collective_home", collectives[0][0].slug)
        context = {"collectives": collectives, "federations": federations}
    return render(request, "core/start.html", context)
