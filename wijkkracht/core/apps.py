from typing import Any

from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate, pre_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "wijkkracht.core"
    label = "core"
    verbose_name = _("Basis")

    def ready(self) -> None:
        from wijkkracht.core.menu import menu_item_register

        pre_migrate.connect(_version_triggers_off, sender=self)
        post_migrate.connect(_version_triggers_on, sender=self)
        menu_item_register(
            group="vereniging",
            order=30,
            name="core:person_list",
            label=_("Mensen"),
            roles=("coordinator", "board"),
        )
        menu_item_register(
            group="vereniging",
            order=70,
            name="core:collective_edit",
            label=_("Voorpagina aanpassen"),
            roles=("coordinator",),
        )
        menu_item_register(
            group="vereniging",
            order=80,
            name="core:audit_log",
            label=_("Logboek"),
            roles=("coordinator", "board"),
        )
        menu_item_register(
            group="vereniging",
            order=90,
            name="core:api_tokens",
            label=_("API-sleutels"),
            roles=("partner",),
        )
        menu_item_register(
            group="vereniging", order=100, name="core:my_data", label=_("Mijn gegevens")
        )


def _version_triggers_off(using: str = "default", plan: Any = None, **kwargs: Any) -> None:
    """Before migrations run, take the version triggers away (see core.versions)."""
    from wijkkracht.core.versions import triggers_remove

    if plan:
        triggers_remove(connections[using])


def _version_triggers_on(using: str = "default", **kwargs: Any) -> None:
    """After every migrate the tables get their version triggers back (see core.versions)."""
    from wijkkracht.core.versions import triggers_install

    triggers_install(connections[using])
