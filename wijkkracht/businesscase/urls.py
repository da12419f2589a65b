from django.urls import path

from wijkkracht.businesscase.views import cases, report

app_name = "businesscase"

SCENARIO = "businesscase/scenario/<int:scenario_id>/"

urlpatterns = [
    path("businesscase/", cases.case_list_view, name="case_list"),
    path("businesscase/nieuw/", cases.case_create_view, name="case_create"),
    path("businesscase/rekenwijze/", report.method_view, name="method"),
    path("businesscase/<int:case_id>/", cases.case_detail_view, name="case_detail"),
    path(SCENARIO, cases.scenario_view, name="scenario"),
    path(SCENARIO + "uitgangspunten/", cases.scenario_settings_view, name="scenario_settings"),
    *[
        route
        for part, section, name in (("kosten", "costs", "cost"), ("effecten", "effects", "effect"))
        for route in (
            path(
                f"{SCENARIO}{part}/nieuw/",
                cases.line_edit_view,
                {"section": section},
                name=f"{name}_create",
            ),
            path(
                f"{SCENARIO}{part}/<int:index>/",
                cases.line_edit_view,
                {"section": section},
                name=f"{name}_edit",
            ),
            path(
                f"{SCENARIO}{part}/<int:index>/weghalen/",
                cases.line_delete_view,
                {"section": section},
                name=f"{name}_delete",
            ),
        )
    ],
    path(SCENARIO + "kopie/", cases.scenario_copy_view, name="scenario_copy"),
    path(SCENARIO + "publiceren/", cases.scenario_publish_view, name="scenario_publish"),
    path(SCENARIO + "rapport/", report.report_view, name="report"),
    path(SCENARIO + "rapport.xlsx", report.report_xlsx_view, name="report_xlsx"),
    path(SCENARIO + "scenario.json", report.scenario_json_view, name="scenario_json"),
]
