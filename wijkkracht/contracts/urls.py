from django.urls import path

from wijkkracht.contracts.views import contracts, vouchers

app_name = "contracts"

CONTRACT = "contracten/<int:contract_id>/"

urlpatterns = [
    path("contracten/", contracts.contract_list_view, name="contract_list"),
    path("contracten/nieuw/", contracts.contract_create_view, name="contract_create"),
    path(CONTRACT, contracts.contract_view, name="contract"),
    path(CONTRACT + "partijen/", contracts.party_add_view, name="party_add"),
    path(CONTRACT + "regels/nieuw/", contracts.rule_add_view, name="rule_add"),
    path(CONTRACT + "regels/<int:rule_id>/koppelen/", contracts.rule_bind_view, name="rule_bind"),
    path(CONTRACT + "verdeling/", contracts.split_view, name="split"),
    path(CONTRACT + "tekenen/", contracts.contract_sign_view, name="sign"),
    path(CONTRACT + "nieuwe-versie/", contracts.contract_new_version_view, name="new_version"),
    path(CONTRACT + "afrekening/", contracts.statement_new_view, name="statement_new"),
    path(CONTRACT + "cijfer/", contracts.figure_view, name="figure"),
    path("dorpsbudget/", contracts.budget_view, name="budget"),
    path("dorpsbudget/<int:year>/", contracts.budget_view, name="budget_year"),
    path("dorpsbudget/plan/", contracts.budget_plan_view, name="budget_plan"),
    path("dorpsbudget/ontvangst/", contracts.income_view, name="income"),
    path("afrekeningen/<int:statement_id>/", contracts.statement_view, name="statement"),
    path(
        "afrekeningen/<int:statement_id>/afrekening.xlsx",
        contracts.statement_xlsx_view,
        name="statement_xlsx",
    ),
    path("cheques/", vouchers.schemes_view, name="voucher_schemes"),
    path("cheques/nieuw/", vouchers.scheme_create_view, name="voucher_scheme_create"),
    path("cheques/innen/", vouchers.redeem_view, name="voucher_redeem"),
    path("cheques/<int:scheme_id>/", vouchers.scheme_view, name="voucher_scheme"),
    path(
        "cheques/<int:scheme_id>/persoon/<int:person_id>/",
        vouchers.person_view,
        name="voucher_person",
    ),
]
