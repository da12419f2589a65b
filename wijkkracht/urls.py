from django.urls import include, path

from wijkkracht.api import api

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", api.urls),
    path("federatie/", include("wijkkracht.federation.urls")),
    path("", include("wijkkracht.core.urls")),
]
