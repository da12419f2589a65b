from django.urls import include, path

from wijkkracht.api import api
from wijkkracht.core.views.language import language_view

urlpatterns = [
    path("i18n/setlang/", language_view, name="set_language"),
    path("api/", api.urls),
    path("federatie/", include("wijkkracht.federation.urls")),
    path("certificaat/", include("wijkkracht.academy.public_urls")),
    # Domain apps first: their pages sit under a collective's slug, like core's last pattern.
    path("<slug:collective_slug>/", include("wijkkracht.members.urls")),
    path("<slug:collective_slug>/", include("wijkkracht.help.urls")),
    path("<slug:collective_slug>/", include("wijkkracht.activities.urls")),
    path("<slug:collective_slug>/", include("wijkkracht.info.urls")),
    path("<slug:collective_slug>/", include("wijkkracht.participation.urls")),
    path("<slug:collective_slug>/", include("wijkkracht.impact.urls")),
    path("<slug:collective_slug>/", include("wijkkracht.businesscase.urls")),
    path("<slug:collective_slug>/", include("wijkkracht.contracts.urls")),
    path("<slug:collective_slug>/", include("wijkkracht.outreach.urls")),
    path("<slug:collective_slug>/", include("wijkkracht.care.urls")),
    path("<slug:collective_slug>/", include("wijkkracht.academy.urls")),
    path("<slug:collective_slug>/", include("wijkkracht.governance.urls")),
    path("<slug:collective_slug>/", include("wijkkracht.opendata.urls")),
    path("", include("wijkkracht.core.urls")),
]

handler500 = "wijkkracht.core.views.errors.server_error"
