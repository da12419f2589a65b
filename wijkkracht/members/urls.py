from django.urls import path

from wijkkracht.members.views import (
    applications,
    contributions,
    exports,
    importing,
    register,
    self_service,
)

app_name = "members"

urlpatterns = [
    path("lid-worden/", applications.apply_view, name="apply"),
    path("lid-worden/formulier.pdf", applications.paper_form_view, name="paper_form"),
    path("aanmeldingen/", applications.application_list_view, name="application_list"),
    path("aanmeldingen/papier/", applications.apply_paper_view, name="apply_paper"),
    path(
        "aanmeldingen/<int:application_id>/",
        applications.application_detail_view,
        name="application_detail",
    ),
    path(
        "aanmeldingen/<int:application_id>/aannemen/",
        applications.application_accept_view,
        name="application_accept",
    ),
    path(
        "aanmeldingen/<int:application_id>/afwijzen/",
        applications.application_refuse_view,
        name="application_refuse",
    ),
    path("leden/", register.member_list_view, name="member_list"),
    path("leden/nieuw/", register.member_create_view, name="member_create"),
    path("leden/<int:member_id>/", register.member_detail_view, name="member_detail"),
    path("leden/<int:member_id>/opzeggen/", register.member_end_view, name="member_end"),
    path("leden/<int:member_id>/tarief/", register.member_rate_view, name="member_rate"),
    path(
        "leden/<int:member_id>/toestemming/",
        register.member_consent_view,
        name="member_consent",
    ),
    path("leden/<int:member_id>/machtiging/", register.mandate_create_view, name="mandate_create"),
    path(
        "leden/<int:member_id>/machtiging/<int:mandate_id>/intrekken/",
        register.mandate_revoke_view,
        name="mandate_revoke",
    ),
    path("leden/importeren/", importing.import_upload_view, name="import_upload"),
    path("leden/importeren/<int:import_id>/", importing.import_preview_view, name="import_preview"),
    path(
        "leden/importeren/<int:import_id>/bevestigen/",
        importing.import_confirm_view,
        name="import_confirm",
    ),
    path(
        "leden/ledenregister.<str:extension>", exports.register_export_view, name="register_export"
    ),
    path("leden/etiketten.pdf", exports.labels_view, name="labels"),
    path("contributie/", contributions.contributions_view, name="contributions"),
    path("contributie/bank/", contributions.creditor_view, name="creditor"),
    path("contributie/uitbesteden/", contributions.delegation_view, name="debit_delegation"),
    path("contributie/<int:year>/", contributions.contribution_year_view, name="contribution_year"),
    path("contributie/<int:year>/bedragen/", contributions.rule_view, name="rule"),
    path("contributie/<int:year>/berekenen/", contributions.run_view, name="run"),
    path("contributie/<int:year>/incasso/", contributions.debit_run_view, name="debit_run"),
    path(
        "contributie/<int:year>/machtigingen-zonder-datum/",
        contributions.undated_mandates_view,
        name="undated_mandates",
    ),
    path("contributie/<int:year>/herinneren/", contributions.reminders_view, name="reminders"),
    path("contributie/<int:year>/brieven.pdf", exports.letters_view, name="letters"),
    path(
        "contributie/<int:year>/jaaroverzicht/", contributions.year_report_view, name="year_report"
    ),
    path(
        "contributie/huishouden/<int:contribution_id>/",
        contributions.payment_view,
        name="payment",
    ),
    path(
        "contributie/betaling/<int:payment_id>/terugboeken/",
        contributions.payment_reverse_view,
        name="payment_reverse",
    ),
    path(
        "contributie/incassobestand/<int:run_id>/", contributions.debit_file_view, name="debit_file"
    ),
    path("mijn-lidmaatschap/", self_service.my_membership_view, name="my_membership"),
    path("mijn-lidmaatschap/gegevens/", self_service.my_details_view, name="my_details"),
    path("mijn-lidmaatschap/toestemming/", self_service.my_consent_view, name="my_consent"),
    path("mijn-lidmaatschap/opzeggen/", self_service.my_end_view, name="my_end"),
]
