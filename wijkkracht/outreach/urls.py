from django.urls import path

from wijkkracht.outreach.views import lists, rounds

app_name = "outreach"

LIST = "aanbellen/lijsten/<int:list_id>/"

urlpatterns = [
    path("aanbellen/", rounds.overview_view, name="overview"),
    path("aanbellen/adressen/", rounds.doors_view, name="doors"),
    path("aanbellen/sw.js", lists.worker_view, name="worker"),
    path("aanbellen/rondes/nieuw/", rounds.round_create_view, name="round_create"),
    path("aanbellen/rondes/<int:outreach_round_id>/", rounds.round_view, name="round"),
    path("aanbellen/mijn-lijsten/", lists.my_lists_view, name="my_lists"),
    path(LIST, lists.list_view, name="list"),
    path(LIST + "afdrukken/", lists.list_print_view, name="list_print"),
    path(LIST + "deur/<int:stop_id>/", lists.door_view, name="door"),
    path(LIST + "sync/", lists.sync_view, name="sync"),
]
