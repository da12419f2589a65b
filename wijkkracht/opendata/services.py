"""Publishing a dataset (the board's choice) and making its files again; a file whose bytes
did not change keeps its date, so a harvester sees nothing new."""

import hashlib

from django.db import transaction
from django.utils import timezone

from wijkkracht.core.models import Collective, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.opendata.files import dataset_files
from wijkkracht.opendata.models import DataFile, Dataset
from wijkkracht.opendata.tables import TABLES


@transaction.atomic
def dataset_publish(*, actor: User | None, collective: Collective, key: str) -> Dataset:
    dataset, created = Dataset.objects.get_or_create(
        collective=collective,
        key=key,
        defaults={"published_at": timezone.now(), "published_by": actor},
    )
    if created:
        audit_record(actor=actor, action="opendata.publish", target=dataset, collective=collective)
        transaction.on_commit(lambda: _enqueue(dataset))
    return dataset


def _enqueue(dataset: Dataset) -> None:
    from wijkkracht.opendata.tasks import dataset_refresh_task

    dataset_refresh_task.enqueue(collective_id=dataset.collective_id, dataset_id=dataset.pk)


@transaction.atomic
def dataset_withdraw(*, actor: User | None, dataset: Dataset) -> None:
    audit_record(
        actor=actor, action="opendata.withdraw", target=dataset, collective=dataset.collective
    )
    dataset.delete()


@transaction.atomic
def dataset_refresh(dataset: Dataset) -> list[str]:
    """Make the files again; return the names whose bytes changed."""
    made = dataset_files(TABLES[dataset.key](dataset.collective))
    kept = {
        file.name: file for file in DataFile.objects.select_for_update().filter(dataset=dataset)
    }
    now, changed = timezone.now(), []
    for name, content in made.items():
        digest = hashlib.sha256(content).hexdigest()
        current = kept.get(name)
        if current is not None and current.sha256 == digest:
            continue
        DataFile.objects.update_or_create(
            dataset=dataset,
            name=name,
            defaults={
                "collective": dataset.collective,
                "content": content,
                "sha256": digest,
                "changed_at": now,
            },
        )
        changed.append(name)
    DataFile.objects.filter(dataset=dataset).exclude(name__in=made).delete()
    return changed
