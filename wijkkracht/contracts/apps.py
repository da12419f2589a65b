from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContractsConfig(AppConfig):
    """The neighbourhood contract (wijkcontract): outcome payments computed exactly and the
    savings split back to the neighbourhood. It reads the business case and impact apps;
    they never import it."""

    name = "wijkkracht.contracts"
    label = "contracts"
    verbose_name = _("Wijkcontract: resultaatafspraken en betalingen")

    def ready(self) -> None:
        from wijkkracht.contracts.privacy import voucher_data_erase, voucher_data_export
        from wijkkracht.contracts.selectors import MAKERS
        from wijkkracht.core.menu import MenuEntry, menu_register
        from wijkkracht.core.personal_data import personal_data_register

        personal_data_register(key="vouchers", export=voucher_data_export, erase=voucher_data_erase)
        menu_register(
            MenuEntry(
                "cijfers", 25, "contracts:contract_list", _("Wijkcontracten"), (*MAKERS, "partner")
            ),
            MenuEntry("cijfers", 26, "contracts:budget", _("Dorpsbudget"), MAKERS),
            MenuEntry("hulp", 35, "contracts:voucher_schemes", _("Dienstencheques"), MAKERS),
        )
