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
        from wijkkracht.core.menu import MenuEntry, menu_register

        pre_migrate.connect(_version_triggers_off, sender=self)
        post_migrate.connect(_version_triggers_on, sender=self)
        menu_register(
            MenuEntry("vereniging", 30, "core:person_list", _("Mensen"), ("coordinator", "board")),
            MenuEntry(
                "vereniging",
                70,
                "core:collective_edit",
                _("Voorpagina aanpassen"),
                ("coordinator",),
            ),
            MenuEntry("vereniging", 80, "core:audit_log", _("Logboek"), ("coordinator", "board")),
            MenuEntry("vereniging", 90, "core:api_tokens", _("API-sleutels"), ("partner",)),
            MenuEntry("vereniging", 100, "core:my_data", _("Mijn gegevens")),
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
