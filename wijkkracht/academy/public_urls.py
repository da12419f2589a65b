"""The public check of a certificate: no login, no collective in the address."""

from django.urls import path

from wijkkracht.academy.views import certificates

urlpatterns = [
    path("", certificates.certificate_search_view, name="certificate_search"),
    path("<str:code>/", certificates.certificate_check_view, name="certificate_check"),
    path("<str:code>.json", certificates.certificate_check_json_view, name="certificate_json"),
]
