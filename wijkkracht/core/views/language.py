from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.i18n import set_language

from wijkkracht.core.models import User


def language_view(request: HttpRequest) -> HttpResponse:
    """Django's language button, and for a logged-in person the choice kept with the login, so
    another computer shows the same language (core.middleware.language)."""
    response = set_language(request)
    code = request.POST.get("language", "")
    chosen = request.method == "POST" and code in dict(settings.LANGUAGES)
    if chosen and request.user.is_authenticated:
        User.objects.filter(pk=request.user.pk).update(language=code)
    return response
