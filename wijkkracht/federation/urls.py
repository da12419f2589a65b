from django.urls import path

from wijkkracht.federation import debits, views
from wijkkracht.opendata import views as opendata

app_name = "federation"
urlpatterns = [
    path("landelijk/", views.national_view, name="national"),
    path("<slug:federation_slug>/", views.federation_home, name="home"),
    path("<slug:federation_slug>/impact/", views.federation_impact, name="impact"),
    path("<slug:federation_slug>/incasso/", debits.debits_view, name="debits"),
    path(
        "<slug:federation_slug>/incasso/<slug:collective_slug>/<int:run_id>/",
        debits.debit_file_view,
        name="debit_file",
    ),
    path("<slug:federation_slug>/open-data/", opendata.federation_view, name="open_data"),
    path(
        "<slug:federation_slug>/open-data/catalog.ttl",
        opendata.federation_catalog_view,
        {"kind": "ttl"},
        name="catalog_ttl",
    ),
    path(
        "<slug:federation_slug>/open-data/catalog.jsonld",
        opendata.federation_catalog_view,
        {"kind": "jsonld"},
        name="catalog_jsonld",
    ),
    path(
        "<slug:federation_slug>/cijfers.csv",
        views.federation_download,
        {"kind": "csv"},
        name="download_csv",
    ),
    path(
        "<slug:federation_slug>/cijfers.xlsx",
        views.federation_download,
        {"kind": "xlsx"},
        name="download_xlsx",
    ),
]
