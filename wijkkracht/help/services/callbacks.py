"""Questions for help from people without an account: left on the public home, called back."""

import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wijkkracht.core.models import Collective, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.help.models import Callback

MIN_PHONE_DIGITS = 10


@transaction.atomic
def callback_leave(
    *, collective: Collective, name: str, phone: str, what: str, when: str = ""
) -> Callback:
    if len(re.sub(r"\D", "", phone)) < MIN_PHONE_DIGITS:
        raise ValidationError(
            {"phone": _("Een telefoonnummer heeft 10 cijfers, bijvoorbeeld 0528 123 456.")}
        )
    callback = Callback(
        collective=collective, name=name.strip(), phone=phone.strip(), what=what.strip(), when=when
    )
    callback.full_clean(exclude=["collective"])
    callback.save()
    # Who asked and what stays out of the log: only that a question came in.
    audit_record(actor=None, action="callback.leave", target=callback, collective=collective)
    return callback


@transaction.atomic
def callback_done(*, actor: User, callback: Callback) -> None:
    """Called back: the question is in a help request now or answered, so it goes."""
    audit_record(
        actor=actor, action="callback.done", target=callback, collective=callback.collective
    )
    callback.delete()
