from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from wijkkracht.core.selectors import user_collectives, user_federations


def start(request: HttpRequest) -> HttpResponse:
    """The front page: what Wijkkracht is, or where a logged-in user can go."""
    context = {}
    if request.user.is_authenticated:
        context = {
            "collectives": user_collectives(user=request.user),
            "federations": user_federations(user=request.user),
        }
    return render(request, "core/start.html", context)
