from django.urls import path

from wijkkracht.impact.views import exports, infographic, rounds

app_name = "impact"

ROUND = "impact/<int:round_id>/"

urlpatterns = [
    path("impact/", rounds.round_list_view, name="round_list"),
    path("impact/vragenlijsten/", rounds.instruments_view, name="instruments"),
    path("impact/nieuw/", rounds.round_create_view, name="round_create"),
    path(ROUND, rounds.round_view, name="round"),
    path(ROUND + "openen/", rounds.round_status_view, {"action": "open"}, name="round_open"),
    path(ROUND + "sluiten/", rounds.round_status_view, {"action": "close"}, name="round_close"),
    path(ROUND + "infographic/", infographic.infographic_view, name="infographic"),
    path(ROUND + "infographic.svg", infographic.infographic_svg_view, name="infographic_svg"),
    path(ROUND + "cijfers.csv", exports.figures_export_view, {"kind": "csv"}, name="figures_csv"),
    path(
        ROUND + "cijfers.xlsx", exports.figures_export_view, {"kind": "xlsx"}, name="figures_xlsx"
    ),
]
