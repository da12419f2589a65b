from django.urls import path

from wijkkracht.opendata import views

app_name = "opendata"

urlpatterns = [
    path("open-data/", views.index_view, name="index"),
    path("open-data/beheer/", views.manage_view, name="manage"),
    path("open-data/catalog.ttl", views.catalog_view, {"kind": "ttl"}, name="catalog_ttl"),
    path("open-data/catalog.jsonld", views.catalog_view, {"kind": "jsonld"}, name="catalog_jsonld"),
    path("open-data/<slug:key>/<str:name>", views.file_view, name="file"),
]
