"""Making a dataset's files in the task queue: on publication and every night."""

from django_scopes import scope
from django_tasks import task

from wijkkracht.core.models import Collective
from wijkkracht.opendata.models import Dataset
from wijkkracht.opendata.services import dataset_refresh


@task()
def dataset_refresh_task(*, collective_id: int, dataset_id: int) -> None:
    collective = Collective.objects.get(pk=collective_id)
    with scope(collective=collective):
        dataset = Dataset.objects.filter(pk=dataset_id).first()
        if dataset is not None:  # withdrawn meanwhile
            dataset_refresh(dataset)
