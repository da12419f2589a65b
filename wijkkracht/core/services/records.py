"""Saving records the same way in every app: a model from a service's keyword fields, and an
uploaded spreadsheet waiting for its preview, then read in once."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.models import Collective, SheetUpload, User

U = TypeVar("U", bound=SheetUpload)


def record_save(instance: models.Model, fields: dict[str, Any]) -> None:
    """Set the fields, validate (the collective is the service's business), and save."""
    for name, value in fields.items():
        setattr(instance, name, value)
    instance.full_clean(exclude=["collective"])
    instance.save()


def sheet_upload_store(
    model: type[U], *, actor: User | None, collective: Collective, upload: UploadedFile
) -> U:
    """Keep an uploaded spreadsheet for its preview, so the user confirms what they saw."""
    return model.objects.create(
        collective=collective,
        filename=(upload.name or "")[:200],
        content=upload.read(),
        uploaded_by=actor,
    )


def sheet_upload_unread(upload: SheetUpload) -> None:
    """Refuse an upload that was read in already (a second click, another coordinator)."""
    if upload.imported_at is not None:
        raise ValidationError(_("Dit bestand is al ingelezen."))


@contextmanager
def sheet_upload_reading(upload: U, rows: int) -> Iterator[U]:
    """One transaction to write what ``upload`` holds: the upload locked and checked again
    (another confirmation may have read it in meanwhile), and marked read in with ``rows`` rows
    when the block ends without an error."""
    with transaction.atomic():
        locked = type(upload).objects.select_for_update().get(pk=upload.pk)
        sheet_upload_unread(locked)
        yield locked
        locked.imported_at = timezone.now()
        locked.imported_count = rows
        locked.save(update_fields=["imported_at", "imported_count"])
