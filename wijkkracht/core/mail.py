"""E-mail made from two templates: ``<name>_subject.txt`` and ``<name>.txt``."""

from django.core.mail import send_mail
from django.template.loader import render_to_string


def templated_mail(template: str, context: dict[str, object], to: list[str]) -> None:
    """Send one e-mail to these addresses; empty addresses are left out, none means no mail."""
    recipients = [address for address in to if address]
    if not recipients:
        return
    send_mail(
        subject=render_to_string(f"{template}_subject.txt", context).strip(),
        message=render_to_string(f"{template}.txt", context),
        from_email=None,
        recipient_list=recipients,
    )
