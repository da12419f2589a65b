from django.urls import path

from wijkkracht.federation import views

app_name = "federation"
urlpatterns = [
    path("<slug:federation_slug>/", views.federation_home, name="home"),
]
