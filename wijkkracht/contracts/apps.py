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
        from wijkkracht.contracts.selectors import MAKERS
        from wijkkracht.core.menu import MenuEntry, menu_register

        menu_register(
            MenuEntry(
                "cijfers", 25, "contracts:contract_list", _("Wijkcontracten"), (*MAKERS, "partner")
            ),
            MenuEntry("cijfers", 26, "contracts:budget", _("Dorpsbudget"), MAKERS),
        )
