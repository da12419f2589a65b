from django.urls import path

from wijkkracht.federation import views

app_name = "federation"
urlpatterns = [
    path("landelijk/", views.national_view, name="national"),
    path("<slug:federation_slug>/", views.federation_home, name="home"),
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
