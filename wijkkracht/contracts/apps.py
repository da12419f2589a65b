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
        from wijkkracht.core.menu import menu_item_register

        menu_item_register(
            group="cijfers",
            order=25,
            name="contracts:contract_list",
            label=_("Wijkcontracten"),
            roles=("coordinator", "board", "partner"),
        )
